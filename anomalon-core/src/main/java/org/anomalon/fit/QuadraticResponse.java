package org.anomalon.fit;

/**
 * A rate-like observable as a function of the plane of P0 Fig. 2 (left),
 * x = g_X A_XWW, y = g_X A_XYY: value = xx·x² + xy·x·y + yy·y².
 *
 * <p>Exact for every observable of the fit: the amplitudes are linear in the traces — g_{ξsb} ∝
 * g_X A_XWW (P0 eq. 3.6), hence g_S, g_P (eq. 3.25) and B → K(*)X (eqs. 3.9–3.10); C_XZγ ∝
 * g_X(c_W² A_XWW − s_W² A_XYY) (eq. 3.13) — and the observables are their squared moduli.
 */
public record QuadraticResponse(double xx, double xy, double yy) {

    /** From values at (1,0), (0,1) and (1,1): enough to fix a quadratic form. */
    public static QuadraticResponse fromSamples(double atX, double atY, double atXY) {
        return new QuadraticResponse(atX, atXY - atX - atY, atY);
    }

    public double value(double x, double y) {
        return xx * x * x + xy * x * y + yy * y * y;
    }

    /** The same observable multiplied by a constant (e.g. BR(X → invisible)). */
    public QuadraticResponse times(double factor) {
        return new QuadraticResponse(xx * factor, xy * factor, yy * factor);
    }
}
