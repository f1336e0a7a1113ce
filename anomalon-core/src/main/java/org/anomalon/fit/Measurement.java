package org.anomalon.fit;

import java.util.Arrays;
import org.anomalon.InvalidInputException;
import org.anomalon.data.ConfidenceLevels;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.MassWindow;

/**
 * What an experiment (or a fit to its data) says about one observable, with its citation, as
 * recorded in a measurement file (see {@link MeasurementSet}). Turning it into a χ² term needs the
 * statistical {@link Readings} and the X mass.
 */
public sealed interface Measurement permits Measurement.InWindow, Measurement.DatabaseLimit {

    /** What is measured: g_S, g_P or a channel's branching ratio such as {@code Z->gammaX}. */
    Observable observable();

    String citation();

    /** Optional group (e.g. {@code b-to-pi-rho}, P0 footnote 6) or empty when always included. */
    String group();

    /** Whether the measurement exists at m_X. */
    boolean covers(double massX_GeV);

    /** Where it exists, for messages, e.g. "m_X = 2.1 GeV". */
    String coverage();

    /** The χ² term at m_X (callers check {@link #covers} first). */
    GaussianTerm term(double massX_GeV, Readings readings);

    /** A measurement that exists on one mass interval. */
    sealed interface InWindow extends Measurement permits Value, UpperLimit, Table {
        /** The masses where the measurement exists. */
        MassWindow masses();

        @Override
        default boolean covers(double massX_GeV) {
            return masses().contains(massX_GeV);
        }

        /** "m_X = 2.1 GeV" for a single mass, else "m_X in [a, b] GeV". */
        @Override
        default String coverage() {
            MassWindow window = masses();
            return window.min() == window.max() ? "m_X = " + window.min() + " GeV"
                    : "m_X in [" + window.min() + ", " + window.max() + "] GeV";
        }
    }

    /**
     * A measured value with (possibly asymmetric) 1σ errors. On the amplitude scale (|g_S| = 1.6 ± 0.2)
     * the errors must be symmetric and {@link SquaredReading} maps them to the rate scale.
     */
    record Value(Observable observable, Scale scale, double central, double errorAbove, double errorBelow,
                 MassWindow masses, String group, String citation) implements InWindow {
        @Override
        public GaussianTerm term(double massX_GeV, Readings readings) {
            if (scale == Scale.AMPLITUDE) {
                return readings.squared().square(central, errorAbove);
            }
            return new GaussianTerm(central, errorAbove, errorBelow);
        }
    }

    /** A one-sided limit at a confidence level; on the amplitude scale the limit is squared (same CL). */
    record UpperLimit(Observable observable, Scale scale, double limit, double confidenceLevel, MassWindow masses,
                      String group, String citation) implements InWindow {
        @Override
        public GaussianTerm term(double massX_GeV, Readings readings) {
            double rateLimit = scale == Scale.AMPLITUDE ? limit * limit : limit;
            return readings.limits().term(rateLimit, confidenceLevel);
        }
    }

    /**
     * A rate-scale best fit with its 1σ interval as a function of m_X (e.g. a mass-dependent
     * B⁺ → K⁺X recast), linearly interpolated between the tabulated masses. Where the lower edge
     * coincides with the central value (a best fit at zero), the lower σ is irrelevant and the upper
     * one is used on both sides.
     */
    record Table(Observable observable, double[] masses_GeV, double[] central, double[] lower, double[] upper,
                 String group, String citation) implements InWindow {
        public Table {
            if (masses_GeV.length < 2 || central.length != masses_GeV.length || lower.length != masses_GeV.length
                    || upper.length != masses_GeV.length) {
                throw InvalidInputException.because(citation, "a table needs at least two rows of m_X, central, lower, upper");
            }
            for (int i = 1; i < masses_GeV.length; i++) {
                if (!(masses_GeV[i] > masses_GeV[i - 1])) {
                    throw InvalidInputException.of(citation, "m_X", masses_GeV[i], "masses increasing from row to row");
                }
            }
        }

        @Override
        public MassWindow masses() {
            return new MassWindow(masses_GeV[0], masses_GeV[masses_GeV.length - 1]);
        }

        @Override
        public GaussianTerm term(double massX_GeV, Readings readings) {
            double c = interpolate(central, massX_GeV);
            double above = interpolate(upper, massX_GeV) - c;
            double below = c - interpolate(lower, massX_GeV);
            if (!(above > 0)) {
                throw InvalidInputException.of(citation, "upper edge at m_X = " + massX_GeV + " GeV", c + above,
                        "an upper edge above the central value");
            }
            return new GaussianTerm(c, above, below > 0 ? below : above);
        }

        private double interpolate(double[] values, double mass) {
            int index = Arrays.binarySearch(masses_GeV, mass);
            if (index >= 0) {
                return values[index];
            }
            int right = Math.min(Math.max(-index - 1, 1), masses_GeV.length - 1);
            int left = right - 1;
            double t = (mass - masses_GeV[left]) / (masses_GeV[right] - masses_GeV[left]);
            return values[left] + t * (values[right] - values[left]);
        }
    }

    /**
     * An upper limit of the limits database ({@code org.anomalon.data}), e.g. the L3 bound on
     * Z → γX. The database stores every limit converted to 90% CL; the χ² term is built from the
     * limit at the confidence level the experiment quoted (the conversion undone), so that the
     * {@link LimitReading} applies to the published number.
     */
    record DatabaseLimit(LimitEntry entry, String group) implements Measurement {
        @Override
        public Observable observable() {
            return Observable.of(entry.process());
        }

        @Override
        public String citation() {
            return entry.experiment() + " [" + entry.reference().key() + "], " + entry.obtained()
                    + " (limits database entry " + entry.id() + ")";
        }

        @Override
        public boolean covers(double massX_GeV) {
            return !Double.isNaN(entry.upperLimit90(massX_GeV));
        }

        @Override
        public String coverage() {
            return "m_X in " + entry.curve().windows();
        }

        @Override
        public GaussianTerm term(double massX_GeV, Readings readings) {
            double quotedCl = entry.quotedCl().orElse(ConfidenceLevels.TARGET);
            double quotedLimit = entry.upperLimit90(massX_GeV) / ConfidenceLevels.factorTo90(quotedCl);
            return readings.limits().term(quotedLimit, quotedCl);
        }
    }
}
