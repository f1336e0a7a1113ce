package org.anomalon.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CurveThinningTest {
    private static final int SAMPLES = 100_000;
    private static final double WIDTH = 324; // points: the frame of a default figure

    @Test
    void aHundredThousandSamplesBecomeAFewPerColumnKeepingSpikesDipsGapsAndEnds() {
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = WIDTH * i / (SAMPLES - 1);
            y[i] = 100 + 10 * Math.sin(x[i] / 20);
        }
        int spike = 31_337; // one sample far below its neighbours
        int dip = 77_777; // and one far above
        y[spike] = 5;
        y[dip] = 250;
        int gapStart = 50_000;
        for (int i = gapStart; i < gapStart + 2_000; i++) {
            y[i] = Double.NaN;
        }

        int[] kept = CurveThinning.kept(x, y);

        int columns = (int) Math.ceil(WIDTH * CurveThinning.COLUMNS_PER_POINT) + 1;
        assertThat(kept.length).isLessThanOrEqualTo(4 * (columns + 1) + 1).isLessThan(SAMPLES / 15);
        assertThat(kept).contains(0, SAMPLES - 1, spike, dip, gapStart, gapStart - 1, gapStart + 2_000);
        assertThat(Arrays.stream(kept).filter(i -> Double.isNaN(y[i])).count()).as("one break per gap").isEqualTo(1);
        assertThat(kept).isSorted();
    }

    @Test
    void everyColumnKeepsTheExtremesOfEverySeries() {
        double[] x = new double[SAMPLES];
        double[] lower = new double[SAMPLES];
        double[] upper = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = WIDTH * i / (SAMPLES - 1);
            lower[i] = Math.sin(i * 0.37);  // noise: no shape that every n-th sample would catch
            upper[i] = Math.cos(i * 0.91);
        }

        int[] kept = CurveThinning.kept(x, lower, upper);

        double[] keptX = CurveThinning.pick(x, kept);
        for (double[] series : new double[][] {lower, upper}) {
            double[] keptY = CurveThinning.pick(series, kept);
            for (int i = 0; i < SAMPLES; i++) {
                long column = (long) Math.floor(x[i] * CurveThinning.COLUMNS_PER_POINT);
                double lowestKept = Double.POSITIVE_INFINITY;
                double highestKept = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < kept.length; k++) {
                    if ((long) Math.floor(keptX[k] * CurveThinning.COLUMNS_PER_POINT) == column) {
                        lowestKept = Math.min(lowestKept, keptY[k]);
                        highestKept = Math.max(highestKept, keptY[k]);
                    }
                }
                assertThat(series[i]).isBetween(lowestKept, highestKept);
                i += 97; // a sample of the columns keeps the test quick; the bound holds for all
            }
        }
        assertThat(kept.length).isLessThanOrEqualTo(6 * ((int) (WIDTH * CurveThinning.COLUMNS_PER_POINT) + 1));
    }

    @Test
    void aCurveThatIsAlreadySparseIsKeptWhole() {
        double[] x = {1, 20, 40, 60, 80};
        double[] y = {1, 2, Double.NaN, 4, 5};
        assertThat(CurveThinning.kept(x, y)).containsExactly(0, 1, 2, 3, 4);
    }
}
