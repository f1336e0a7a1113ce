package org.anomalon;

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
    MASS_X("m_X", "a finite mass > 0 in GeV", Domains.POSITIVE),
    COUPLING_X("g_X", "a finite coupling > 0", Domains.POSITIVE),
    BOOST("beta*gamma", "a finite boost > 0", Domains.POSITIVE),
    BREAKING_CHARGE("X_S", "a positive, finite charge |X_S| > 0", Domains.POSITIVE),
    MASS_MIN("lowest m_X [GeV]", "a positive, finite mass (m_X > 0)", Domains.POSITIVE),
    MASS_MAX("highest m_X [GeV]", "a positive, finite mass (m_X > 0)", Domains.POSITIVE),
    MASS_POINTS("number of masses", "an integer from 2 to 100000", v -> v >= 2 && v <= 100_000),
    PLANE_NODES("grid nodes per axis", "an integer in [10, 2000]", v -> v >= 10 && v <= 2000),
    REGION_DOF("degrees of freedom", "1 or 2", v -> v == 1 || v == 2),
    MODEL("model", "a built-in model or a YAML model file", v -> true),
    MEASUREMENT_SET("measurement set", "a built-in set or an existing YAML file", v -> true),
    MEASUREMENT_GROUP("measurement group", "an optional group of the measurement set", v -> true),
    ALPHA_BL("a_{B+L}", "a non-zero value: with a_{B+L} = 0 the mixed anomalies (P0 eqs. 2.4-2.6) vanish and no "
            + "anomalons are needed", v -> v != 0),
    FIELD_COUNT("N_Psi", "2, 3 or 4 (N_Psi = 1 cannot solve P0 eq. 2.5; larger N_Psi is not classified)", v -> v >= 2 && v <= 4),
    MAX_DIMENSION("largest SU(2) dimension", "a whole number 1 <= n <= 100", v -> v >= 1 && v <= 100),
    MAX_DENOMINATOR("hypercharge denominator", "a whole number 2 <= q <= 60", v -> v >= 2 && v <= 60),
    MIN_NATURALNESS_MASS("minimum naturalness mass", "a finite number >= 0 (TeV)", Domains.NON_NEGATIVE),
    SU2_COUPLING("g", "a positive, finite number", Domains.POSITIVE),
    HYPERCHARGE_COUPLING("g'", "a positive, finite number", Domains.POSITIVE),
    RENORMALISATION_SCALE("mu", "a positive, finite number", Domains.POSITIVE),
    HIGGS_MASS("M_h", "a positive, finite number", Domains.POSITIVE),
    FINE_TUNING("Delta", "a positive, finite number", Domains.POSITIVE),
    NATURALNESS_PRESET("naturalness preset", "paper or planck", v -> true),
    MAX_SINGLETS("largest singlet set", "1 to 4", v -> v >= 1 && v <= 4),
    MAX_RESULTS("singlet sets shown", "a whole number >= 1", v -> v >= 1),
    YUKAWA("y", "an anomalon Yukawa coupling > 0", Domains.POSITIVE),
    YUKAWA_LEFT("y_L", "a Yukawa coupling > 0", Domains.POSITIVE),
    YUKAWA_RIGHT("y_R", "a Yukawa coupling > 0", Domains.POSITIVE),
    MEDIATOR_MASS("M", "a mass in GeV > 0", Domains.POSITIVE),
    SCALAR_VEV("VEV", "a VEV in GeV >= 0", Domains.NON_NEGATIVE),
    INPUT_NAME("input name", "a known input name (e.g. m_t, mbar_b, alpha_0)", v -> true);

    private final String symbol;
    private final String allowed;
    private final DoublePredicate domain;

    Parameter(String symbol, String allowed, DoublePredicate domain) {
        this.symbol = symbol;
        this.allowed = allowed;
        this.domain = domain;
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

    /** The domains shared by several parameters. */
    private static final class Domains {
        static final DoublePredicate POSITIVE = v -> v > 0 && Double.isFinite(v);
        static final DoublePredicate NON_NEGATIVE = v -> v >= 0 && Double.isFinite(v);
    }
}
