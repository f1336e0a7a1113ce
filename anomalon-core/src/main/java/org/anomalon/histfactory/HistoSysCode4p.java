package org.anomalon.histfactory;

/**
 * The additive shift Δ(α) of one bin of a HistFactory {@code histosys} modifier with pyhf's
 * default interpolation, code 4p: linear outside |α| ≤ 1, a polynomial inside,
 *
 * <pre>
 *   Δ(α) = α δ₊                              α &gt; 1
 *   Δ(α) = α δ₋                              α &lt; −1
 *   Δ(α) = α S + A α² (15 − 10 α² + 3 α⁴)    |α| ≤ 1,   S = (δ₊ + δ₋)/2,  A = (δ₊ − δ₋)/16
 * </pre>
 *
 * with δ₊ = hi − nominal, δ₋ = nominal − lo (pyhf's documentation of {@code code4p}). Δ, Δ′ and
 * Δ″ are continuous at α = ±1, and Δ is exactly linear in the symmetric part S. Stateless.
 */
final class HistoSysCode4p {
    private HistoSysCode4p() {
    }

    static double value(double alpha, double deltaUp, double deltaDown) {
        if (alpha > 1) {
            return alpha * deltaUp;
        }
        if (alpha < -1) {
            return alpha * deltaDown;
        }
        double a2 = alpha * alpha;
        return alpha * (deltaUp + deltaDown) / 2 + (deltaUp - deltaDown) / 16 * a2 * (15 + a2 * (-10 + 3 * a2));
    }

    static double derivative(double alpha, double deltaUp, double deltaDown) {
        if (alpha > 1) {
            return deltaUp;
        }
        if (alpha < -1) {
            return deltaDown;
        }
        double a2 = alpha * alpha;
        return (deltaUp + deltaDown) / 2 + (deltaUp - deltaDown) / 16 * alpha * (30 + a2 * (-40 + 18 * a2));
    }

    static double secondDerivative(double alpha, double deltaUp, double deltaDown) {
        if (alpha > 1 || alpha < -1) {
            return 0;
        }
        double a2 = alpha * alpha;
        return (deltaUp - deltaDown) / 16 * (30 + a2 * (-120 + 90 * a2));
    }
}
