package org.anomalon.spectra;

import java.util.List;
import org.anomalon.model.Model;

/**
 * A spectrum with everything P0 Sec. 2.2 asks of it.
 *
 * @param spectrum        the anomalons
 * @param verification    the anomaly algebra's check (always passed: a failure is a bug, see {@link #of})
 * @param neutralLightest criterion (ii)
 * @param perturbative    criterion (iii): every n satisfies P0 eq. (2.11)
 * @param naturalnessMass largest natural common anomalon mass in GeV (P0 eq. 2.9)
 * @param natural         naturalnessMass ≥ the minimum of the criteria
 */
public record SpectrumAssessment(AnomalonSpectrum spectrum, AnomalyVerification verification,
                                 NeutralLightestParticle neutralLightest, boolean perturbative, double naturalnessMass,
                                 boolean natural) {

    /**
     * Assesses {@code spectrum} for the SM fermions of {@code current}.
     *
     * @throws IllegalStateException if the anomaly algebra does not confirm the spectrum (a bug)
     */
    public static SpectrumAssessment of(AnomalonSpectrum spectrum, Model current, SelectionCriteria criteria) {
        return of(spectrum, AnomalyVerification.FixedFermions.of(current.smFermions()), criteria);
    }

    private static SpectrumAssessment of(AnomalonSpectrum spectrum, AnomalyVerification.FixedFermions sm,
                                         SelectionCriteria criteria) {
        AnomalyVerification verification = AnomalyVerification.of(sm, spectrum.fields());
        if (!verification.passed()) {
            throw new IllegalStateException("internal error: spectrum " + spectrum
                    + " fails the anomaly algebra: " + verification);
        }
        NeutralLightestParticle neutral = NeutralLightestParticle.of(spectrum, criteria.splitting());
        boolean perturbative = Perturbativity.isPerturbative(spectrum.largestSu2Dimension(), criteria.su2Coupling());
        double mass = FiniteNaturalness.massBound(spectrum.naturalnessMultiplets(), criteria.naturalness());
        return new SpectrumAssessment(spectrum, verification, neutral, perturbative, mass,
                mass >= criteria.minimumMass());
    }

    /** Assesses every spectrum of {@code spectra}. */
    public static List<SpectrumAssessment> ofAll(List<AnomalonSpectrum> spectra, Model current,
                                                 SelectionCriteria criteria) {
        AnomalyVerification.FixedFermions sm = AnomalyVerification.FixedFermions.of(current.smFermions());
        return spectra.stream().map(s -> of(s, sm, criteria)).toList();
    }

    /** Passes criteria (ii), (iii) and the naturalness cut. */
    public boolean viable() {
        return neutralLightest.satisfied() && perturbative && natural;
    }
}
