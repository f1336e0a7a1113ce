package org.anomalon.data;

import java.util.Arrays;
import java.util.List;

/**
 * An upper limit on a branching ratio at 90% CL as a function of m_X (GeV), defined only inside
 * its mass windows: outside them {@link #upperLimit90(double)} is NaN, never an extrapolation.
 */
public sealed interface LimitCurve permits LimitCurve.Tabulated, LimitCurve.Constant {

    /** The 90% CL upper limit at {@code mass}, NaN outside the windows. */
    double upperLimit90(double mass);

    List<MassWindow> windows();

    /**
     * A limit tabulated at increasing masses, interpolated linearly in log(BR) versus m_X (as the
     * digitized sources are read) between neighbouring points of the same window.
     */
    record Tabulated(double[] masses, double[] limits90, List<MassWindow> windows) implements LimitCurve {
        public Tabulated {
            masses = masses.clone();
            limits90 = limits90.clone();
            windows = List.copyOf(windows);
            for (int i = 1; i < masses.length; i++) {
                if (!(masses[i] > masses[i - 1])) {
                    throw new IllegalArgumentException("masses must increase: " + masses[i - 1] + ", " + masses[i]);
                }
            }
        }

        @Override
        public double upperLimit90(double mass) {
            if (!inWindow(mass)) {
                return Double.NaN;
            }
            int found = Arrays.binarySearch(masses, mass);
            if (found >= 0) {
                return limits90[found];
            }
            int upper = -found - 1;
            int lower = upper - 1;
            double t = (mass - masses[lower]) / (masses[upper] - masses[lower]);
            return Math.exp((1 - t) * Math.log(limits90[lower]) + t * Math.log(limits90[upper]));
        }

        private boolean inWindow(double mass) {
            for (MassWindow window : windows) {
                if (window.contains(mass)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public double[] masses() {
            return masses.clone();
        }

        @Override
        public double[] limits90() {
            return limits90.clone();
        }
    }

    /**
     * One number valid in its windows (e.g. a total BR limit applied at every m_X, as P0 does; a
     * q² range with the charmonium vetoes cut out, as ST print for Belle).
     */
    record Constant(double limit90, List<MassWindow> windows) implements LimitCurve {
        public Constant {
            windows = List.copyOf(windows);
        }

        @Override
        public double upperLimit90(double mass) {
            return windows.stream().anyMatch(window -> window.contains(mass)) ? limit90 : Double.NaN;
        }
    }
}
