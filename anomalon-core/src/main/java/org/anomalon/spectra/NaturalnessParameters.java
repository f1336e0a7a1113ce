package org.anomalon.spectra;

import java.util.List;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;

/**
 * The inputs of the finite-naturalness bound (P0 eqs. 2.8–2.9; docs/physics.md §3).
 *
 * @param preset                 name of the preset these values came from, or {@code custom}
 * @param su2Coupling            g
 * @param hyperchargeCoupling    g'
 * @param renormalisationScale   μ in GeV (the log in P0 eq. 2.9 is ln(M²/μ²))
 * @param higgsPoleMass          M_h in GeV
 * @param fineTuning             Δ of P0 eq. (2.8): the bound is |δm_h²| ≤ Δ M_h²
 */
public record NaturalnessParameters(String preset, double su2Coupling, double hyperchargeCoupling,
                                    double renormalisationScale, double higgsPoleMass, double fineTuning) {

    /** The Planck mass M_Pl = 1.22089·10^19 GeV (docs/physics.md §3), the scale of the {@code planck} preset. */
    public static final double PLANCK_MASS_GEV = 1.22089e19;
    /** Names accepted by {@link #preset(String)}. */
    public static final List<String> PRESETS = List.of("paper", "planck");

    /** M_h = 125.1 GeV, the pole mass of docs/physics.md §3. */
    private static final double HIGGS_POLE_MASS = 125.1;
    /** Δ = 100, i.e. 1% tuning (P0 eq. 2.8). */
    private static final double DEFAULT_FINE_TUNING = 100;
    /** g ≈ 0.65 (P0 text below eq. 2.11). */
    private static final double SU2_COUPLING = 0.65;

    public NaturalnessParameters {
        Parameter.SU2_COUPLING.require(su2Coupling);
        Parameter.HYPERCHARGE_COUPLING.require(hyperchargeCoupling);
        Parameter.RENORMALISATION_SCALE.require(renormalisationScale);
        Parameter.HIGGS_MASS.require(higgsPoleMass);
        Parameter.FINE_TUNING.require(fineTuning);
    }

    /**
     * Preset {@code paper} (docs/physics.md §3): g = 0.65, g' = 0.375, μ = 10^20 GeV, Δ = 100. A
     * calibration that reproduces every entry of P0 Tables 2–3 and their "≥ 1 TeV" cut.
     */
    public static NaturalnessParameters paper() {
        return new NaturalnessParameters("paper", SU2_COUPLING, 0.375, 1e20, HIGGS_POLE_MASS, DEFAULT_FINE_TUNING);
    }

    /**
     * Preset {@code planck} (docs/physics.md §3): g = 0.65, g' = 0.36, μ = M_Pl = 1.22089·10^19 GeV,
     * Δ = 100; the physically motivated choice, 3% above the {@code paper} preset's bounds.
     */
    public static NaturalnessParameters planck() {
        return new NaturalnessParameters("planck", SU2_COUPLING, 0.36, PLANCK_MASS_GEV, HIGGS_POLE_MASS,
                DEFAULT_FINE_TUNING);
    }

    /** The preset called {@code name} ({@link #PRESETS}). */
    public static NaturalnessParameters preset(String name) {
        return switch (name == null ? "" : name.strip()) {
            case "paper" -> paper();
            case "planck" -> planck();
            default -> throw InvalidInputException.of(Parameter.NATURALNESS_PRESET, name, "one of " + PRESETS);
        };
    }

    public NaturalnessParameters withSu2Coupling(double g) {
        return new NaturalnessParameters(preset, g, hyperchargeCoupling, renormalisationScale, higgsPoleMass,
                fineTuning);
    }

    public NaturalnessParameters withHyperchargeCoupling(double gPrime) {
        return new NaturalnessParameters(preset, su2Coupling, gPrime, renormalisationScale, higgsPoleMass,
                fineTuning);
    }

    public NaturalnessParameters withRenormalisationScale(double mu) {
        return new NaturalnessParameters(preset, su2Coupling, hyperchargeCoupling, mu, higgsPoleMass, fineTuning);
    }

    public NaturalnessParameters withHiggsPoleMass(double higgsMass) {
        return new NaturalnessParameters(preset, su2Coupling, hyperchargeCoupling, renormalisationScale, higgsMass,
                fineTuning);
    }

    public NaturalnessParameters withFineTuning(double delta) {
        return new NaturalnessParameters(preset, su2Coupling, hyperchargeCoupling, renormalisationScale,
                higgsPoleMass, delta);
    }

    /** The largest allowed |δm_h²| in GeV², Δ · M_h² (P0 eq. 2.8). */
    public double allowedHiggsMassShift() {
        return fineTuning * higgsPoleMass * higgsPoleMass;
    }
}
