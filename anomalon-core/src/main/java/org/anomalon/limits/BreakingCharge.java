package org.anomalon.limits;

import java.util.Optional;
import org.anomalon.Parameter;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.AnomalonSearch;
import org.anomalon.spectra.Perturbativity;
import org.anomalon.spectra.SearchBounds;
import org.anomalon.spectra.SelectionCriteria;
import org.anomalon.spectra.SpectrumAssessment;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * X_S, the U(1)_X charge of the scalar whose VEV v_X gives m_X = X_S g_X v_X (P0 eq. 4.2), with
 * where it came from (INTERFACES.md: the model's scalar when it has exactly one, else the minimal
 * anomalon spectrum, or the user's {@code --xs}).
 */
public record BreakingCharge(double value, String source) {
    public BreakingCharge {
        Parameter.BREAKING_CHARGE.require(value);
    }

    public static BreakingCharge user(double value) {
        return new BreakingCharge(value, "given by the user");
    }

    /**
     * X_S of the model: its scalar when it has exactly one U(1)_X-breaking scalar; else, for a vector
     * current with a_{B+L} ≠ 0, the first viable N_Ψ = 3 spectrum of {@link AnomalonSearch} (P0 Sec. 2.3,
     * criteria of P0 Tables 2-3, n up to the perturbativity limit of P0 eq. 2.11); else empty.
     */
    public static Optional<BreakingCharge> of(Model model) {
        return fromModel(model).or(() -> fromMinimalSpectrum(model));
    }

    static Optional<BreakingCharge> fromMinimalSpectrum(Model model) {
        Optional<BigFraction> alpha = AnomalyAnalysis.of(model).alphaBL().filter(a -> a.signum() != 0);
        if (alpha.isEmpty()) {
            return Optional.empty();
        }
        SearchBounds bounds = SearchBounds.colourless(Perturbativity.largestDimension(Perturbativity.SU2_COUPLING));
        return SpectrumAssessment.ofAll(AnomalonSearch.search(alpha.get(), 3, bounds), model, SelectionCriteria.paper())
                .stream().filter(SpectrumAssessment::viable).findFirst()
                .map(a -> new BreakingCharge(Math.abs(a.spectrum().scalarCharge().doubleValue()),
                        "the minimal anomalon spectrum (first viable N_Psi = 3 solution, family " + a.spectrum().family()
                                + ", X_S = " + Rationals.format(a.spectrum().scalarCharge().abs()) + ")"));
    }

    /** |X_S| of the model's scalar, when the model has exactly one U(1)_X-breaking scalar. */
    public static Optional<BreakingCharge> fromModel(Model model) {
        if (model.scalars().size() != 1 || model.scalars().get(0).chargeX().signum() == 0) {
            return Optional.empty();
        }
        var scalar = model.scalars().get(0);
        return Optional.of(new BreakingCharge(Math.abs(scalar.chargeX().doubleValue()),
                "model scalar " + scalar.name() + " (X_S = " + Rationals.format(scalar.chargeX()) + ")"));
    }
}
