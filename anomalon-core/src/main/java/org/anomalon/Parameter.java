package org.anomalon;

import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * The parameters a study is asked for, each with its name, its allowed domain and the words that
 * describe the domain: the one place where an input is checked. The core throws
 * {@link InvalidInputException#of(Parameter, Object)} with the parameter as key, the value and the
 * constraint; it never names a command-line flag. Each front end maps the key to its own spelling
 * ({@code --mx} for {@code anomalon rates}, {@code mx=} for the web explorer) with
 * {@link InvalidInputException#withSource}.
 *
 * <p>Validation happens once, where the request values are built (e.g. {@code study.Point},
 * {@code limits.MassGrid}); the lower-level classes that a Java program may call directly check
 * with the same {@link #require} and so give the same message.
 *
 * <p>Extending: a physical domain (0 &lt; s_W² &lt; 1, widths &gt; 0) is a narrower
 * {@link #domain} and {@link #allowed} text of its constant here; an input override that should
 * be bounded gets a constant and is checked with {@code require} where {@code Inputs} applies it.
 * A soft limit (a perturbative g_X, a rate near the edge of its formula's validity) belongs next to
 * the domain as a second predicate whose violation is reported as a warning in the result's notes,
 * not thrown.
 */
public enum Parameter {
    MASS_X("m_X", Domains.LIGHT_MASS_TEXT, Domains.LIGHT_MASS),
    COUPLING_X("g_X", "a finite coupling 0 < g_X <= 4 pi (g_X > sqrt(4 pi) is already non-perturbative)",
            v -> v > 0 && v <= Domains.FOUR_PI, Soft.PERTURBATIVE_COUPLING),
    BOOST("beta*gamma", "a finite boost > 0", Domains.POSITIVE),
    BREAKING_CHARGE("X_S", "a charge 0 < |X_S| <= 10^6", v -> v > 0 && v <= Domains.LARGEST_CHARGE),
    MASS_MIN("lowest m_X [GeV]", Domains.LIGHT_MASS_TEXT, Domains.LIGHT_MASS),
    MASS_MAX("highest m_X [GeV]", Domains.LIGHT_MASS_TEXT, Domains.LIGHT_MASS),
    MASS_POINTS("number of masses", "an integer from 2 to 100000", v -> v >= 2 && v <= 100_000),
    PLANE_NODES("grid nodes per axis", "an integer in [10, 2000]", v -> v >= 10 && v <= 2000),
    PLANE_X_RANGE("range of g_X A_XWW", Domains.PLANE_RANGE_TEXT, Domains.PLANE_RANGE),
    PLANE_Y_RANGE("range of g_X A_XYY", Domains.PLANE_RANGE_TEXT, Domains.PLANE_RANGE),
    REGION_DOF("degrees of freedom", "1 or 2", v -> v == 1 || v == 2),
    MODEL("model", "a built-in model or a YAML model file", v -> true),
    MEASUREMENT_SET("measurement set", "a built-in set or an existing YAML file", v -> true),
    MEASUREMENT_GROUP("measurement group", "an optional group of the measurement set", v -> true),
    FIT_TERMS("term", "a Gaussian term of the measurement set (gS, gP, Z)", v -> true),
    ALPHA_BL("a_{B+L}", "a non-zero value: with a_{B+L} = 0 the mixed anomalies (P0 eqs. 2.4-2.6) vanish and no "
            + "anomalons are needed", v -> v != 0),
    FIELD_COUNT("N_Psi", "2, 3 or 4 (N_Psi = 1 cannot solve P0 eq. 2.5; larger N_Psi is not classified)", v -> v >= 2 && v <= 4),
    MAX_DIMENSION("largest SU(2) dimension", "a whole number 1 <= n <= 100", v -> v >= 1 && v <= 100),
    MAX_DENOMINATOR("hypercharge denominator", "a whole number 2 <= q <= 60", v -> v >= 2 && v <= 60),
    MIN_NATURALNESS_MASS("minimum naturalness mass", "a finite number >= 0 (TeV)", Domains.NON_NEGATIVE),
    SU2_COUPLING("g", "a gauge coupling 0 < g <= 4 pi", Domains.PERTURBATIVE),
    HYPERCHARGE_COUPLING("g'", "a gauge coupling 0 < g' <= 4 pi", Domains.PERTURBATIVE),
    RENORMALISATION_SCALE("mu", "a scale 1 GeV <= mu <= 1e20 GeV (the paper preset's mu = 10^20 GeV is the largest)",
            v -> v >= 1 && v <= 1e20),
    HIGGS_MASS("M_h", "a Higgs pole mass 1 GeV <= M_h <= 1000 GeV", v -> v >= 1 && v <= 1000),
    FINE_TUNING("Delta", "a tuning 1 <= Delta <= 10^8 (|delta m_h^2| <= Delta M_h^2, P0 eq. 2.8)", v -> v >= 1 && v <= 1e8),
    NATURALNESS_PRESET("naturalness preset", "paper or planck", v -> true),
    MAX_SINGLETS("largest singlet set", "1 to 4", v -> v >= 1 && v <= 4),
    MAX_RESULTS("singlet sets shown", "a whole number >= 1", v -> v >= 1),
    YUKAWA("y", "an anomalon Yukawa coupling 0 < y <= 4 pi", Domains.PERTURBATIVE, Soft.PERTURBATIVE_COUPLING),
    YUKAWA_LEFT("y_L", "a Yukawa coupling 0 < y_L <= 4 pi", Domains.PERTURBATIVE, Soft.PERTURBATIVE_COUPLING),
    YUKAWA_RIGHT("y_R", "a Yukawa coupling 0 < y_R <= 4 pi", Domains.PERTURBATIVE, Soft.PERTURBATIVE_COUPLING),
    MEDIATOR_MASS("M", "a mass 0 < M <= 10^19 GeV (the Planck mass)", v -> v > 0 && v <= Domains.PLANCK_BOUND),
    SCALAR_VEV("VEV", "a VEV 0 <= V <= 10^19 GeV (the Planck mass)", v -> v >= 0 && v <= Domains.PLANCK_BOUND),
    INPUT_NAME("input name", "a known input name (e.g. m_t, mbar_b, alpha_0)", v -> true),
    // Overrides of the numerical inputs ({@code Inputs#withOverrides}); the field of their errors is the input's name.
    INPUT_MASS("mass", "a mass 0 < m <= 10^5 GeV (the formulas are for the SM spectrum)", v -> v > 0 && v <= 1e5),
    CHARM_MASS("mbar_c", "a mass 0 < mbar_c < 2 GeV: X -> hadrons turns perturbative at 2 GeV with four flavours "
            + "(docs/x-decays.md)", v -> v > 0 && v < 2),
    INPUT_WIDTH("width", "a width 0 < Gamma < m of the particle (a narrow resonance)", Domains.POSITIVE),
    WEAK_MIXING("s_W^2", "0 < s_W^2 < 1 (a sine squared)", v -> v > 0 && v < 1),
    FINE_STRUCTURE("alpha", "a coupling strength 0 < alpha < 1", v -> v > 0 && v < 1),
    STRONG_COUPLING("alpha_s(M_Z)", "0 < alpha_s(M_Z) <= 0.2 (measured 0.118; larger values run into the one-loop Landau "
            + "pole above 2 GeV, where X -> q qbar uses alpha_s)", v -> v > 0 && v <= 0.2),
    CKM_LAMBDA("lambda", "0 <= lambda < 1 (lambda = s12 is a sine)", v -> v >= 0 && v < 1),
    CKM_A("A", "0 <= A with A lambda^2 < 1 (s23 = A lambda^2 is a sine)", v -> v >= 0 && v < 1e3),
    CKM_APEX("rhobar, etabar", "a finite number, |rhobar + i etabar| <= 10 (unitarity triangle apex)",
            v -> Math.abs(v) <= 10),
    HBAR("hbar", "a finite number > 0 (GeV s)", Domains.POSITIVE);

    private final String symbol;
    private final String allowed;
    private final DoublePredicate domain;
    private final Soft soft;

    Parameter(String symbol, String allowed, DoublePredicate domain) {
        this(symbol, allowed, domain, null);
    }

    Parameter(String symbol, String allowed, DoublePredicate domain, Soft soft) {
        this.symbol = symbol;
        this.allowed = allowed;
        this.domain = domain;
        this.soft = soft;
    }

    /** The physicist's name of the parameter, e.g. {@code m_X}. */
    public String symbol() {
        return symbol;
    }

    /** What values are allowed, in words. */
    public String allowed() {
        return allowed;
    }

    /** Whether {@code value} lies in the parameter's domain. */
    public boolean accepts(double value) {
        return domain.test(value);
    }

    /**
     * @return {@code value}
     * @throws InvalidInputException keyed by this parameter when the value is outside its domain
     */
    public double require(double value) {
        if (!accepts(value)) {
            throw InvalidInputException.of(this, value);
        }
        return value;
    }

    /** Integer parameters. */
    public int require(int value) {
        if (!accepts(value)) {
            throw InvalidInputException.of(this, value);
        }
        return value;
    }

    /**
     * The warning for a value inside the domain but near the edge of the formulas' validity (a
     * non-perturbative coupling), for the result's {@code warnings}; empty inside the comfortable range.
     */
    public Optional<String> warning(double value) {
        if (soft == null || soft.comfortable.test(value)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s = %.4g %s", symbol, value, soft.why));
    }

    /** The domains shared by several parameters. */
    private static final class Domains {
        static final double FOUR_PI = 4 * Math.PI;
        /** Charges are O(1) rationals; 10^6 keeps every anomaly sum and rate finite in double precision. */
        static final double LARGEST_CHARGE = 1e6;
        /** Bounds scales at the Planck mass (1.22e19 GeV, docs/physics.md §3), rounded down. */
        static final double PLANCK_BOUND = 1e19;
        static final DoublePredicate POSITIVE = v -> v > 0 && Double.isFinite(v);
        static final DoublePredicate NON_NEGATIVE = v -> v >= 0 && Double.isFinite(v);
        static final DoublePredicate PERTURBATIVE = v -> v > 0 && v <= FOUR_PI;
        /** g_X times an anomaly trace: g_X <= 4 pi and traces of a few units keep it below 100. */
        static final DoublePredicate PLANE_RANGE = v -> Math.abs(v) <= 100;
        static final String PLANE_RANGE_TEXT = "ends within -100 .. 100 (g_X times an anomaly trace, g_X <= 4 pi)";
        /**
         * A light X: from 1 eV (below it the equivalence-theorem rates, ∝ (g_X/m_X)², leave double
         * precision) to 1 TeV (every channel anomalon computes closes at M_Z).
         */
        static final DoublePredicate LIGHT_MASS = v -> v >= 1e-9 && v <= 1e3;
        static final String LIGHT_MASS_TEXT = "a mass 1e-9 GeV (1 eV) <= m_X <= 1000 GeV: X is a light vector "
                + "(every channel closes at M_Z)";
    }

    /** A range inside the domain where the formulas hold comfortably, and why a value outside it is suspect. */
    private enum Soft {
        /** Perturbative: the coupling strength g²/(4π) at most 1 (the unitarity benchmark y = √(4π) of P0 Sec. 3.3). */
        PERTURBATIVE_COUPLING(v -> v <= Math.sqrt(4 * Math.PI), "> sqrt(4 pi) = 3.545 is non-perturbative (g^2/(4 pi) > 1): "
                + "the leading-order formulas are not reliable");

        private final DoublePredicate comfortable;
        private final String why;

        Soft(DoublePredicate comfortable, String why) {
            this.comfortable = comfortable;
            this.why = why;
        }
    }
}
