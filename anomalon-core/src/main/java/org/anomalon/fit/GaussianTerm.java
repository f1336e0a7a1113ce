package org.anomalon.fit;

import org.anomalon.InvalidInputException;

/**
 * One χ² term: a (possibly asymmetric) Gaussian in a quantity that scales like a rate, i.e. like
 * g_X² (a squared coupling g_S², g_P², or a branching ratio).
 *
 * <p>χ² = ((q − central)/σ)² with σ = {@code sigmaAbove} when the prediction q lies above the
 * central value and {@code sigmaBelow} otherwise. Both branches vanish with zero slope at the
 * centre, so the term is convex in q; since every prediction is linear in g_X², the χ² of a
 * fixed model is convex in g_X² and has a single minimum (what {@link ModelFit} relies on).
 * An upper limit is the special case {@code central = 0} (see {@link LimitReading}).
 */
public record GaussianTerm(double central, double sigmaAbove, double sigmaBelow) {

    public GaussianTerm {
        if (!(sigmaAbove > 0) || !(sigmaBelow > 0) || !Double.isFinite(sigmaAbove) || !Double.isFinite(sigmaBelow)) {
            throw InvalidInputException.of("measurement", "sigma", sigmaAbove + "/" + sigmaBelow,
                    "finite positive uncertainties");
        }
        if (!Double.isFinite(central)) {
            throw InvalidInputException.of("measurement", "central", central, "a finite number");
        }
    }

    public static GaussianTerm symmetric(double central, double sigma) {
        return new GaussianTerm(central, sigma, sigma);
    }

    /** χ² contribution of a predicted value. */
    public double chiSquared(double predicted) {
        double pull = (predicted - central) / (predicted > central ? sigmaAbove : sigmaBelow);
        return pull * pull;
    }

    /** dχ²/dq at a predicted value q: 2 (q − central)/σ², continuous at the centre (both branches vanish there). */
    public double chiSquaredSlope(double predicted) {
        double sigma = predicted > central ? sigmaAbove : sigmaBelow;
        return 2 * (predicted - central) / (sigma * sigma);
    }
}
