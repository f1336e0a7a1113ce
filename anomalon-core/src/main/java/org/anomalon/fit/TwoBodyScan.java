package org.anomalon.fit;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * Δχ² = −2Δln L of Belle II's two-body likelihood on a grid of (m_X, g_X) for a model whose
 * B(B⁺ → K⁺X) × P_unseen is g_X² r(m_X). χ²_min is the smallest best fit over the grid's masses
 * (each exact in g_X), so the map does not depend on the g_X spacing. The masses are scanned in
 * parallel (the common fork-join pool); along g_X each profile starts from the previous one.
 */
public final class TwoBodyScan {
    private TwoBodyScan() {
    }

    /**
     * @param masses_GeV            the m_X nodes, increasing, inside the number densities' range
     * @param couplings             the g_X nodes, increasing, ≥ 0
     * @param unseenRateAtUnitCoupling r(m_X) = B(B⁺ → K⁺X) × P_unseen at g_X = 1 (≥ 0)
     * @return the grid with x = m_X, y = g_X
     */
    public static PlaneGrid massCouplingPlane(BelleTwoWorkspace belle, double[] masses_GeV, double[] couplings,
                                              DoubleUnaryOperator unseenRateAtUnitCoupling) {
        int nm = masses_GeV.length;
        int ng = couplings.length;
        double[] values = new double[nm * ng];
        double[] columnMinimum = new double[nm];
        double[] columnBestCoupling = new double[nm];
        IntStream.range(0, nm).parallel().forEach(i -> {
            TwoBodyLikelihood likelihood = belle.twoBody(masses_GeV[i]);
            double rate = unseenRateAtUnitCoupling.applyAsDouble(masses_GeV[i]);
            TwoBodyFit best = likelihood.bestFit();
            columnMinimum[i] = best.minusTwoLogLikelihood();
            columnBestCoupling[i] = rate > 0 ? Math.sqrt(best.branchingRatio() / rate) : 0;
            for (int j = 0; j < ng; j++) {
                values[j * nm + i] = likelihood.minusTwoLogLikelihood(couplings[j] * couplings[j] * rate);
            }
        });
        int bestColumn = 0;
        for (int i = 1; i < nm; i++) {
            if (columnMinimum[i] < columnMinimum[bestColumn]) {
                bestColumn = i;
            }
        }
        double chiSquaredMin = columnMinimum[bestColumn];
        for (int k = 0; k < values.length; k++) {
            values[k] = Math.max(0, values[k] - chiSquaredMin);
        }
        return new PlaneGrid(masses_GeV.clone(), couplings.clone(), values, chiSquaredMin, masses_GeV[bestColumn],
                columnBestCoupling[bestColumn]);
    }
}
