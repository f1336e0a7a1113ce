package org.anomalon.observables;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.anomalon.Parameter;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.inputs.Inputs;
import org.hipparchus.complex.Complex;

/**
 * Widths and branching ratios of the twelve {@link Channel}s for given couplings and m_X
 * (equivalence-theorem rates of the longitudinal X, P0 Sec. 3.1):
 * <ul>
 *   <li>P → P'X (P0 eq. 3.9): Γ = |g|²/(64π) · m_P³/m_X² · (1 − m_P'²/m_P²)² · f0(m_X²)² ·
 *       λ^{1/2}(1, m_P'²/m_P², m_X²/m_P²);</li>
 *   <li>P → VX (P0 eq. 3.10 as reconstructed in docs/physics.md §5, = ST eq. 10 with A0):
 *       Γ = |g|² |k|³ A0(m_X²)² / (8π m_X²), |k| = λ^{1/2}(m_P², m_V², m_X²)/(2 m_P);</li>
 *   <li>Z → γX (P0 eq. 3.14): Γ = |C_XZγ|²/(96π) · (m_Z² − m_X²)³/(m_Z³ m_X²) · (1 + m_X²/m_Z²);</li>
 * </ul>
 * with λ(a,b,c) = a² + b² + c² − 2ab − 2ac − 2bc, the isospin weights and the K_L rule of
 * {@link Channel}, and BR = Γ/Γ_P with the PDG total width of the parent.
 *
 * <p>The couplings are a parameter, so the same code serves P0's Wess–Zumino couplings, the
 * Smith–Tait contribution, or their sum. All rates scale as g_X²: the couplings for g_X = 1 give
 * the BR(g_X = 1) that limits use.
 */
public final class DecayRates {
    private final Inputs inputs;
    private final double[] parentMass = new double[Channel.values().length];
    private final double[] daughterMass = new double[Channel.values().length];
    private final double[] parentWidth = new double[Channel.values().length];

    private DecayRates(Inputs inputs) {
        this.inputs = inputs;
        for (Channel channel : Channel.values()) {
            int i = channel.ordinal();
            parentMass[i] = inputs.mass(channel.parent());
            daughterMass[i] = channel.daughter() == null ? 0 : inputs.mass(channel.daughter());
            parentWidth[i] = inputs.width(channel.parent());
        }
    }

    public static DecayRates forInputs(Inputs inputs) {
        return new DecayRates(inputs);
    }

    public Inputs inputs() {
        return inputs;
    }

    /** Predictions for all twelve channels, in {@link Channel} order. */
    public Map<Channel, ChannelPrediction> predictAll(EffectiveCouplings couplings, double massX) {
        Map<Channel, ChannelPrediction> all = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            all.put(channel, predict(channel, couplings, massX));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The prediction for one channel; closed channels are reported as closed, never as 0. */
    public ChannelPrediction predict(Channel channel, EffectiveCouplings couplings, double massX) {
        requirePositiveMass(massX);
        int i = channel.ordinal();
        double mP = parentMass[i];
        double mD = daughterMass[i];
        double validity = massX * massX / (mP * mP);
        double threshold = mP - mD;
        if (massX >= threshold) {
            return ChannelPrediction.closed(channel, massX, threshold, validity);
        }
        double width;
        double relativeUncertainty;
        if (channel.kind() == Channel.Kind.PHOTON) {
            width = zToPhotonWidth(couplings.cXZgamma(), mP, massX);
            relativeUncertainty = 0;
        } else {
            double q2 = massX * massX;
            FormFactor formFactor = channel.formFactor();
            double ff = formFactor.value(q2, mP, mD);
            double coupling2 = channel.isospinWeight() * couplingSquared(channel, couplings);
            width = channel.kind() == Channel.Kind.PSEUDOSCALAR
                    ? pseudoscalarWidth(coupling2, ff, mP, mD, massX)
                    : vectorWidth(coupling2, ff, mP, mD, massX);
            // Γ ∝ F², so δΓ/Γ = 2 δF/F (linear propagation of the form-factor covariance).
            relativeUncertainty = 2 * formFactor.uncertainty(q2, mP, mD) / Math.abs(ff);
        }
        double branchingRatio = width / parentWidth[i];
        return ChannelPrediction.open(channel, massX, threshold, validity, width, branchingRatio,
                branchingRatio * relativeUncertainty);
    }

    private static double couplingSquared(Channel channel, EffectiveCouplings couplings) {
        Complex g = couplings.flavourChanging(channel.transition());
        if (channel.imaginaryPartOnly()) {
            return g.getImaginary() * g.getImaginary(); // K_L → π⁰X: (√2 Im g)² × (f0/√2)², P0 after eq. (3.12)
        }
        return g.getReal() * g.getReal() + g.getImaginary() * g.getImaginary();
    }

    /** P0 eq. (3.9). */
    static double pseudoscalarWidth(double coupling2, double f0, double mP, double mD, double mX) {
        double rD = mD * mD / (mP * mP);
        double rX = mX * mX / (mP * mP);
        return coupling2 / (64 * Math.PI) * mP * mP * mP / (mX * mX) * (1 - rD) * (1 - rD) * f0 * f0
                * Math.sqrt(kallen(1, rD, rX));
    }

    /** P0 eq. (3.10) (docs/physics.md §5). */
    static double vectorWidth(double coupling2, double a0, double mP, double mV, double mX) {
        double k = Math.sqrt(kallen(mP * mP, mV * mV, mX * mX)) / (2 * mP);
        return coupling2 * k * k * k * a0 * a0 / (8 * Math.PI * mX * mX);
    }

    /** P0 eq. (3.14). */
    static double zToPhotonWidth(Complex cXZgamma, double mZ, double mX) {
        double c2 = cXZgamma.getReal() * cXZgamma.getReal() + cXZgamma.getImaginary() * cXZgamma.getImaginary();
        double gap = mZ * mZ - mX * mX;
        return c2 / (96 * Math.PI) * gap * gap * gap / (mZ * mZ * mZ * mX * mX) * (1 + mX * mX / (mZ * mZ));
    }

    /** Källén function λ(a, b, c) = a² + b² + c² − 2ab − 2ac − 2bc. */
    static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
    }

    /** m_X must be a finite positive number (the longitudinal mode needs m_X > 0). */
    public static void requirePositiveMass(double massX) {
        Parameter.MASS_X.require(massX);
    }
}
