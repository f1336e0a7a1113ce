package org.anomalon.observables;

import java.util.Locale;
import java.util.OptionalDouble;
import org.anomalon.PhysicsException;

/**
 * The prediction for one channel at one m_X: the partial width, the branching ratio with its
 * hadronic (form-factor) uncertainty, and the validity flag m_X²/m_P² of the equivalence-theorem
 * rates (corrections are O(m_X²/m_P²), docs/physics.md §5) — or "kinematically closed".
 */
public final class ChannelPrediction {
    private final Channel channel;
    private final double massX;
    private final double threshold;
    private final double validity;
    private final double width;
    private final double branchingRatio;
    private final double branchingRatioUncertainty;

    private ChannelPrediction(Channel channel, double massX, double threshold, double validity, double width,
                              double branchingRatio, double branchingRatioUncertainty) {
        this.channel = channel;
        this.massX = massX;
        this.threshold = threshold;
        this.validity = validity;
        this.width = width;
        this.branchingRatio = branchingRatio;
        this.branchingRatioUncertainty = branchingRatioUncertainty;
    }

    static ChannelPrediction open(Channel channel, double massX, double threshold, double validity, double width,
                                  double branchingRatio, double branchingRatioUncertainty) {
        return new ChannelPrediction(channel, massX, threshold, validity, width, branchingRatio,
                branchingRatioUncertainty);
    }

    static ChannelPrediction closed(Channel channel, double massX, double threshold, double validity) {
        return new ChannelPrediction(channel, massX, threshold, validity, Double.NaN, Double.NaN, Double.NaN);
    }

    public Channel channel() {
        return channel;
    }

    public double massX() {
        return massX;
    }

    /** m_P − m_daughter: X must be lighter than this for the decay to happen. */
    public double threshold() {
        return threshold;
    }

    /** m_X²/m_P², the size of the neglected corrections to the equivalence-theorem rate. */
    public double validity() {
        return validity;
    }

    public boolean isOpen() {
        return !Double.isNaN(width);
    }

    /** Partial width in GeV; empty when the channel is kinematically closed. */
    public OptionalDouble width() {
        return isOpen() ? OptionalDouble.of(width) : OptionalDouble.empty();
    }

    /** Branching ratio Γ/Γ_P; empty when the channel is kinematically closed. */
    public OptionalDouble branchingRatio() {
        return isOpen() ? OptionalDouble.of(branchingRatio) : OptionalDouble.empty();
    }

    /** 1σ uncertainty of the branching ratio from the form-factor covariance (0 for Z → γX). */
    public OptionalDouble branchingRatioUncertainty() {
        return isOpen() ? OptionalDouble.of(branchingRatioUncertainty) : OptionalDouble.empty();
    }

    /** The branching ratio, or a {@link PhysicsException} saying that the channel is closed. */
    public double requireBranchingRatio() {
        if (!isOpen()) {
            throw new PhysicsException(closedMessage());
        }
        return branchingRatio;
    }

    /** E.g. "B+->K*+X is kinematically closed: m_X = 5.0 GeV >= m_B+ - m_K*(892)+ = 4.3875 GeV". */
    public String closedMessage() {
        return String.format(Locale.ROOT, "%s is kinematically closed: m_X = %s GeV >= %s = %.4f GeV", channel.label(), massX,
                channel.daughter() == null ? "m_" + channel.parent()
                        : "m_" + channel.parent() + " - m_" + channel.daughter(), threshold);
    }
}
