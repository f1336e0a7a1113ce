package org.anomalon.inputs;

import java.util.Locale;

/**
 * The named inputs that are not PDG masses and widths, as typed keys: code asks
 * {@code inputs.value(InputName.MBAR_B)} rather than a string, and {@link Inputs} checks when it
 * loads that every one of them is present. PDG masses and widths are keyed by particle
 * ({@link Inputs#mass}, {@link Inputs#width}); {@link Inputs#names()} lists every key a user can
 * override.
 */
public enum InputName {
    /** α(0), the fine-structure constant in the Thomson limit. */
    ALPHA_0("alpha_0"),
    /** α(M_Z), MS-bar. */
    ALPHA_MZ("alpha_mz"),
    /** α_s(M_Z). */
    ALPHA_S_MZ("alpha_s_mz"),
    /** s_W², MS-bar. */
    SIN2_THETA_W("sin2_theta_w"),
    CKM_LAMBDA("ckm_lambda"), CKM_A("ckm_A"), CKM_RHOBAR("ckm_rhobar"), CKM_ETABAR("ckm_etabar"),
    /** MS-bar quark masses: u, d, s at 2 GeV, c and b at their own scale (GeV). */
    MBAR_U("mbar_u"), MBAR_D("mbar_d"), MBAR_S("mbar_s"), MBAR_C("mbar_c"), MBAR_B("mbar_b"),
    /** ħ in GeV s. */
    HBAR("hbar");

    private final String key;

    InputName(String key) {
        this.key = key;
    }

    /** The key of {@code --set key=value} and of the inputs listing, e.g. {@code mbar_b}. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }

    /** The input with key {@code key}; unknown keys are a programming error. */
    static InputName ofKey(String key) {
        for (InputName name : values()) {
            if (name.key.equals(key)) {
                return name;
            }
        }
        throw new IllegalArgumentException("no input named " + key);
    }

    /** The MS-bar mass of a light or heavy quark by its symbol ({@code u, d, s, c, b}). */
    public static InputName msBarMass(String quark) {
        return valueOf("MBAR_" + quark.toUpperCase(Locale.ROOT));
    }
}
