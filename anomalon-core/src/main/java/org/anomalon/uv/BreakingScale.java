package org.anomalon.uv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.model.Scalar;
import org.anomalon.spectra.NaturalnessParameters;

/**
 * The scale of U(1)_X breaking from the mediator mass and coupling.
 *
 * <p>With scalars S_i of charge X_i and VEVs ⟨S_i⟩ = V_i/√2, the covariant derivative
 * D S_i = (∂ + i g_X X_i X) S_i gives m_X² = g_X² Σ_i X_i² V_i² (P0 eq. 4.2 for one scalar; P2 eq. 45 with
 * X = 1, 5). We define v_X relative to a reference scalar S_ref (the one giving the anomalon masses),
 * v_X ≡ √(Σ_i (X_i/X_ref)² V_i²) = m_X/(g_X X_ref): for one scalar v_X = V_S = m_X/(X_S g_X) (P0 eq. 4.3,
 * P2 eq. 35), for P2's L = −4R model v_X = √(V_1² + 25 V_5²) = m_X/g_X (P2 eq. 45).
 * VEVs of all other scalars are inputs (default 0); the reference VEV follows.
 *
 * @param massX_GeV      m_X
 * @param couplingX      g_X
 * @param reference      the reference scalar
 * @param breakingVev_GeV v_X as defined above
 * @param vevs_GeV       V_i for every scalar, in model order
 */
public record BreakingScale(double massX_GeV, double couplingX, Scalar reference, double breakingVev_GeV,
                            Map<String, Double> vevs_GeV) {

    public BreakingScale {
        vevs_GeV = Collections.unmodifiableMap(new LinkedHashMap<>(vevs_GeV));
    }

    /**
     * @param scalars   the model's breaking scalars (at least one)
     * @param reference the scalar whose VEV is solved for
     * @param fixedVevs V_i (GeV) of other scalars given by the user; absent ones are 0
     * @throws InvalidInputException for m_X ≤ 0, g_X ≤ 0, a negative or unknown VEV, a VEV given for the
     *                               reference scalar, or fixed VEVs alone exceeding m_X/g_X
     */
    public static BreakingScale of(List<Scalar> scalars, Scalar reference, double massX_GeV, double couplingX,
                                   Map<String, Double> fixedVevs) {
        Parameter.MASS_X.require(massX_GeV);
        Parameter.COUPLING_X.require(couplingX);
        double referenceCharge = reference.chargeX().abs().doubleValue();
        double breakingVev = massX_GeV / (couplingX * referenceCharge);   // P0 eq. (4.2)
        if (!(breakingVev <= NaturalnessParameters.PLANCK_MASS_GEV)) {
            throw InvalidInputException.of(Parameter.COUPLING_X, couplingX, String.format(Locale.ROOT,
                    "g_X >= m_X/(X_%s M_Pl) = %.3g at m_X = %.4g GeV: a smaller coupling puts the U(1)_X breaking scale "
                            + "v_X = m_X/(X_S g_X) = %.3g GeV above the Planck mass M_Pl = %.5g GeV, beyond any field theory",
                    reference.name(), massX_GeV / (referenceCharge * NaturalnessParameters.PLANCK_MASS_GEV), massX_GeV,
                    breakingVev, NaturalnessParameters.PLANCK_MASS_GEV));
        }
        double othersSquared = 0.0;
        Map<String, Double> vevs = new LinkedHashMap<>();
        for (Map.Entry<String, Double> fixed : fixedVevs.entrySet()) {
            Scalar scalar = scalars.stream().filter(s -> s.name().equals(fixed.getKey())).findFirst()
                    .orElseThrow(() -> InvalidInputException.of(Parameter.SCALAR_VEV, fixed.getKey(),
                            "one of the model's scalars " + scalars.stream().map(Scalar::name).toList()));
            if (scalar.equals(reference)) {
                throw InvalidInputException.of(Parameter.SCALAR_VEV, scalar.name() + "=" + fixed.getValue(),
                        "a VEV for another scalar: " + reference.name() + " gives the anomalon masses and its VEV "
                                + "follows from m_X and g_X (P2 eq. 45)");
            }
            if (!Parameter.SCALAR_VEV.accepts(fixed.getValue())) {
                throw InvalidInputException.of(Parameter.SCALAR_VEV, scalar.name() + "=" + fixed.getValue());
            }
            double ratio = scalar.chargeX().abs().doubleValue() / referenceCharge;
            othersSquared += ratio * ratio * fixed.getValue() * fixed.getValue();
        }
        double referenceSquared = breakingVev * breakingVev - othersSquared;   // P2 eq. (45)
        if (referenceSquared < 0.0) {
            throw InvalidInputException.because(Parameter.SCALAR_VEV, String.format(Locale.ROOT,
                    "the given VEVs alone give m_X = %.4g GeV > %.4g GeV requested (m_X^2 = g_X^2 sum X_i^2 V_i^2, "
                            + "P2 eq. 45); lower them below v_X = m_X/(g_X X_%s) = %.4g GeV",
                    couplingX * referenceCharge * Math.sqrt(othersSquared), massX_GeV, reference.name(), breakingVev));
        }
        for (Scalar scalar : scalars) {
            vevs.put(scalar.name(), scalar.equals(reference) ? Math.sqrt(referenceSquared)
                    : fixedVevs.getOrDefault(scalar.name(), 0.0));
        }
        return new BreakingScale(massX_GeV, couplingX, reference, breakingVev, vevs);
    }

    /** V_i of scalar {@code name}. */
    public double vev(String name) {
        Double vev = vevs_GeV.get(name);
        if (vev == null) {
            throw new IllegalArgumentException("no scalar " + name);
        }
        return vev;
    }

}
