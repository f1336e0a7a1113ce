package org.anomalon.gminus2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MomentLoopTest {
    private static final double MUON = 0.10566;
    private static final double ELECTRON = 0.000511;
    private static final double PI2 = Math.PI * Math.PI;

    @Test
    void lightVectorGivesSchwingersTerm() {
        // M << m: Delta a = g^2/(8 pi^2), i.e. alpha/(2 pi) for g = e; the correction is O(M/m)
        assertThat(MomentLoop.vector(MUON, 1e-6 * MUON) * 8 * PI2).isCloseTo(1, within(1e-5));
        assertThat(MomentLoop.vector(ELECTRON, 4e-6 * ELECTRON) * 8 * PI2).isCloseTo(1, within(2e-5)); // m_X = 2 eV
    }

    @Test
    void lightAxialVectorGrowsLikeItsLongitudinalMode() {
        // M << m: F_A -> -m^2/(4 pi^2 M^2) (a pseudoscalar of Yukawa 2 g_A m/M)
        for (double ratio : new double[] {1e-4, 1e-6}) {
            double massX = ratio * MUON;
            assertThat(MomentLoop.axial(MUON, massX) * 4 * PI2 * ratio * ratio).isCloseTo(-1, within(1e-6));
        }
    }

    @Test
    void heavyVectorAndAxialVectorDecoupleAsOneThirdAndMinusFiveThirds() {
        // M >> m: F_V -> m^2/(12 pi^2 M^2), F_A -> -5 m^2/(12 pi^2 M^2); corrections O(m^2/M^2 log)
        double ratio = 9e3; // m_X = 951 GeV, inside anomalon's domain m_X <= 1 TeV
        double scale = 12 * PI2 * ratio * ratio;
        assertThat(MomentLoop.vector(MUON, ratio * MUON) * scale).isCloseTo(1, within(2e-6));
        assertThat(MomentLoop.axial(MUON, ratio * MUON) * scale).isCloseTo(-5, within(1e-5));
        double extreme = 1.9e6; // a 971 GeV X and the electron
        assertThat(MomentLoop.vector(ELECTRON, extreme * ELECTRON) * 12 * PI2 * extreme * extreme).isCloseTo(1, within(1e-9));
        assertThat(MomentLoop.axial(ELECTRON, extreme * ELECTRON) * 12 * PI2 * extreme * extreme).isCloseTo(-5, within(1e-9));
    }

    /**
     * Against an independent adaptive integration of the textbook forms, written with the masses
     * (not r): vector in Endo's z = 1 − x parametrisation, axial in x.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.03, 0.3, 1, 1.9, 2, 2.1, 3, 10, 100, 1000})
    void agreesWithNumericalIntegration(double ratio) {
        double m = MUON;
        double big = ratio * MUON;
        UnivariateFunction vector = z -> 2 * z * (1 - z) * (1 - z) * m * m / (z * big * big + (1 - z) * (1 - z) * m * m);
        UnivariateFunction axial = x -> -(2 * m * m * x * (1 - x) * (4 - x) + 4 * Math.pow(m, 4) * x * x * x / (big * big))
                / (m * m * x * x + big * big * (1 - x));
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-13, 1e-300);
        double expectedVector = integrator.integrate(100_000_000, vector, 0, 1) / (8 * PI2);
        double expectedAxial = new IterativeLegendreGaussIntegrator(32, 1e-13, 1e-300).integrate(100_000_000, axial, 0, 1)
                / (8 * PI2);
        assertThat(MomentLoop.vector(m, big)).isCloseTo(expectedVector, Percentage.withPercentage(1e-8));
        assertThat(MomentLoop.axial(m, big)).isCloseTo(expectedAxial, Percentage.withPercentage(1e-8));
    }

    @Test
    void contributionAddsVectorAndAxialParts() {
        double massX = 0.05;
        assertThat(MomentLoop.contribution(MUON, massX, 2e-3, 1e-3)).isCloseTo(
                4e-6 * MomentLoop.vector(MUON, massX) + 1e-6 * MomentLoop.axial(MUON, massX), Percentage.withPercentage(1e-12));
        assertThat(MomentLoop.contribution(MUON, massX, 0, 0)).isZero();
    }

    /**
     * DarkCast's AMM limits are eps(m) = sqrt(Delta a / (e^2 F_V)) with DarkCast's masses and
     * alpha = 1/137.03599904, printed to 5 digits: anomalon's loop and its constraint file
     * reproduce every row (the dark photon couples with g_V = eps e).
     */
    @Test
    void reproducesDarkCastsAnomalousMomentLimits() throws IOException {
        double electricCharge2 = 4 * Math.PI / 137.03599904;
        record Case(String file, double mass, double deltaA) {
        }
        MomentConstraint muonLimit = MomentConstraints.find("g-2-mu-Bodas2021");
        MomentConstraint muonBand = MomentConstraints.find("g-2-mu-band-Bodas2021");
        List<Case> cases = List.of(new Case("AMMmu_Bodas2021fsy.lmt", MUON, muonLimit.high()),
                new Case("AMMmu_Bodas2021fsy_2l.lmt", MUON, muonBand.low()),
                new Case("AMMmu_Bodas2021fsy_2u.lmt", MUON, muonBand.high()),
                new Case("AMMe_Bodas2021fsy_cs.lmt", ELECTRON, MomentConstraints.find("g-2-e-Cs-Bodas2021").high()),
                new Case("AMMe_Bodas2021fsy_rb.lmt", ELECTRON, MomentConstraints.find("g-2-e-Rb-Bodas2021").high()));
        for (Case c : cases) {
            List<double[]> rows = rows(c.file());
            assertThat(rows).hasSize(100);
            for (double[] row : rows) {
                double epsilon = Math.sqrt(c.deltaA() / (electricCharge2 * MomentLoop.vector(c.mass(), row[0])));
                assertThat(epsilon).as("%s at m = %s", c.file(), row[0]).isCloseTo(row[1], Percentage.withPercentage(0.01));
            }
        }
    }

    private static List<double[]> rows(String file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MomentLoopTest.class.getResourceAsStream("/org/anomalon/recast/darkcast/" + file), StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String data = line.strip();
                if (!data.isEmpty() && !data.startsWith("#")) {
                    String[] fields = data.split("\\s+");
                    rows.add(new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])});
                }
            }
        }
        return rows;
    }
}
