package org.anomalon.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.anomalon.Errors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementSetTest {
    /** A theory in which every observable is x² (enough to check which terms are built). */
    private static final ObservableResponse UNIT = (observable, mass) -> new QuadraticResponse(1, 0, 0);

    @Test
    void defaultSetHoldsThePrintedNumbers() {
        MeasurementSet set = MeasurementSet.load(MeasurementSet.P0_GAUSSIAN);
        Likelihood likelihood = set.likelihood(2.1, Set.of(), Readings.DEFAULT, UNIT);
        assertThat(likelihood.terms()).extracting(term -> term.observable().label()).containsExactly("g_S", "g_P", "Z->gammaX");
        GaussianTerm gS = likelihood.terms().get(0).term();
        assertThat(gS.central()).isCloseTo(2.56e-16, within(1e-28));        // P0 eq. (3.26) squared
        GaussianTerm gP = likelihood.terms().get(1).term();
        assertThat(gP.chiSquared(6.25e-16)).isCloseTo(2.7055, within(1e-4)); // P0 eq. (3.27) at 90% CL
        GaussianTerm z = likelihood.terms().get(2).term();
        assertThat(z.chiSquared(1e-6)).isCloseTo(3.8415, within(1e-4));      // P0 eq. (3.15) at 95% CL
        assertThat(set.groups()).containsExactly("b-to-pi-rho");
        assertThat(set.likelihood(2.1, Set.of("b-to-pi-rho"), Readings.DEFAULT, UNIT).terms()).hasSize(7);
    }

    @Test
    void aMassWithoutMeasurementsIsBadInput() {
        MeasurementSet set = MeasurementSet.load(MeasurementSet.P0_GAUSSIAN);
        assertThatThrownBy(() -> set.likelihood(3.0, Set.of(), Readings.DEFAULT, UNIT))
                .isInstanceOf(InvalidInputException.class)
                .matches(Errors.about(Parameter.MASS_X), "about MASS_X")
                .hasMessageContaining("3.0 GeV")
                .hasMessageContaining("m_X = 2.1 GeV")
                .hasMessageContaining("g_S");
        assertThatThrownBy(() -> set.likelihood(2.1, Set.of("kaons"), Readings.DEFAULT, UNIT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kaons")
                .hasMessageContaining("b-to-pi-rho");
    }

    @Test
    void aMassDependentTablePlugsInWithoutCode(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("recast.csv"), """
                # a made-up recast for the test
                m_X_GeV,BR_central,BR_lower,BR_upper
                1.0,0,0,1.0e-6
                2.0,8.0e-6,6.0e-6,1.1e-5
                3.0,2.0e-6,1.0e-6,4.0e-6
                9.0,1.0e10,0,2.0e10
                """);
        Path yaml = directory.resolve("set.yaml");
        Files.writeString(yaml, """
                name: test-recast
                measurements:
                  - observable: B+->K+X
                    scale: rate
                    table: {file: recast.csv, mass: m_X_GeV, central: BR_central, lower: BR_lower, upper: BR_upper, max_mass_GeV: 4.5}
                    citation: test table
                """);
        MeasurementSet set = MeasurementSet.load(yaml.toString());
        GaussianTerm atTwoAndAHalf = set.likelihood(2.5, Set.of(), Readings.DEFAULT, UNIT).terms().get(0).term();
        assertThat(atTwoAndAHalf.central()).isCloseTo(5.0e-6, within(1e-18));
        assertThat(atTwoAndAHalf.sigmaAbove()).isCloseTo(2.5e-6, within(1e-18));
        assertThat(atTwoAndAHalf.sigmaBelow()).isCloseTo(1.5e-6, within(1e-18));
        GaussianTerm atOne = set.likelihood(1.0, Set.of(), Readings.DEFAULT, UNIT).terms().get(0).term();
        assertThat(atOne.chiSquared(1.0e-6)).isCloseTo(1, within(1e-12));
        assertThatThrownBy(() -> set.likelihood(5.0, Set.of(), Readings.DEFAULT, UNIT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("[1.0, 3.0]");
    }

    @Test
    void malformedFilesNameTheFieldAndTheValue(@TempDir Path directory) throws IOException {
        Path yaml = directory.resolve("bad.yaml");
        Files.writeString(yaml, """
                name: bad
                measurements:
                  - observable: g_S
                    scale: amplitude
                    central: 1.6e-8
                    error: -0.2e-8
                    citation: x
                """);
        assertThatThrownBy(() -> MeasurementSet.load(yaml.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("measurements[0]").hasMessageContaining("error").hasMessageContaining("-2.0E-9");
        Files.writeString(yaml, """
                name: bad
                measurements:
                  - observable: g_P
                    scale: amplitude
                    upper_limit: 2.5e-8
                    cl: 90
                    citation: x
                """);
        assertThatThrownBy(() -> MeasurementSet.load(yaml.toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cl").hasMessageContaining("0.90");
        Files.writeString(yaml, """
                name: bad
                measurements:
                  - observable: g_s
                    scale: amplitude
                    central: 1.6e-8
                    error: 0.2e-8
                    citation: x
                """);
        // A typed key: the misspelt observable fails when the file is read, not when a fit uses it.
        assertThatThrownBy(() -> MeasurementSet.load(yaml.toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("measurements[0]")
                .hasMessageContaining("'g_s'").hasMessageContaining("g_S, g_P, K+->pi+X");
        assertThatThrownBy(() -> MeasurementSet.load(directory.resolve("missing.yaml").toString()))
                .isInstanceOf(InvalidInputException.class).matches(Errors.about(Parameter.MEASUREMENT_SET), "about MEASUREMENT_SET");
    }
}
