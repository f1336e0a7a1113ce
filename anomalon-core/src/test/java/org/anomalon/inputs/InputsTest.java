package org.anomalon.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    private final Inputs inputs = Inputs.defaults();

    @Test
    void pdgMassesAndWidthsAreTheBundledRpp2026Strings() {
        assertThat(inputs.mass("B+")).isEqualTo(5.27941);
        assertThat(inputs.mass("Z")).isEqualTo(91.1879);
        assertThat(inputs.width("Z")).isEqualTo(2.4955);
        assertThat(inputs.mass("t")).isEqualTo(172.60);
        assertThat(inputs.mass("K*(892)+")).isEqualTo(0.89188);
        assertThat(inputs.input("m_B+").source()).contains("PDG RPP 2026");
        assertThat(Inputs.defaults(Inputs.PdgEdition.PDG2024).mass("t")).isEqualTo(172.57);
    }

    @Test
    void lifetimeIsHbarOverWidthAndMatchesTheDerivedColumnOfTheDataFile() {
        // tau_s_DERIVED column of pdg2026_masses_widths_selected.csv: B+ 1.63694e-12 s
        assertThat(inputs.lifetime("B+")).isCloseTo(1.63694e-12, within(1e-17));
    }

    @Test
    void sheetInputsCarryTheirSource() {
        assertThat(inputs.value("alpha_0")).isEqualTo(1 / 137.035999);
        assertThat(inputs.value("alpha_mz")).isEqualTo(0.00781549);
        assertThat(inputs.value("mbar_b")).isEqualTo(4.183);
        assertThat(inputs.value("mbar_c")).isEqualTo(1.273);
        assertThat(inputs.input("ckm_A").source()).contains("docs/physics.md");
    }

    @Test
    void ckmIsUnitaryAndReproducesItsWolfensteinParametersExactly() {
        Ckm v = inputs.ckm();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Complex sum = Complex.ZERO;
                for (int k = 0; k < 3; k++) {
                    sum = sum.add(v.element(i, k).multiply(v.element(j, k).conjugate()));
                }
                assertThat(sum.getReal()).isCloseTo(i == j ? 1 : 0, within(1e-15));
                assertThat(sum.getImaginary()).isCloseTo(0, within(1e-15));
            }
        }
        // PDG definition: ρ̄ + iη̄ = −V_ud V_ub* / (V_cd V_cb*), exact in the standard parametrisation.
        Complex rhoEta = v.element(0, 0).multiply(v.element(0, 2).conjugate()).negate()
                .divide(v.element(1, 0).multiply(v.element(1, 2).conjugate()));
        assertThat(rhoEta.getReal()).isCloseTo(0.1591, within(1e-12));
        assertThat(rhoEta.getImaginary()).isCloseTo(0.3523, within(1e-12));
        assertThat(v.element(0, 1).norm() / Math.sqrt(1 - v.element(0, 2).norm() * v.element(0, 2).norm()))
                .isCloseTo(0.22501, within(1e-15));
        // |V_ts| and |V_td| close to the flavio-derived matrix ckm_derived_from_flavio_inputs.csv (different inputs: ~2%).
        assertThat(v.element(2, 1).norm()).isCloseTo(0.041236, within(0.001));
        assertThat(v.element(2, 0).norm()).isCloseTo(0.0086196, within(0.0002));
    }

    @Test
    void electroweakSchemesGiveTheCouplingsOfFormulaSheet() {
        Electroweak alpha0 = inputs.electroweak();
        assertThat(alpha0.scheme()).isEqualTo(EwScheme.ALPHA0);
        assertThat(alpha0.e()).isCloseTo(Math.sqrt(4 * Math.PI / 137.035999), within(1e-15));
        assertThat(alpha0.g()).isCloseTo(alpha0.e() / Math.sqrt(0.23122), within(1e-15));
        assertThat(alpha0.gPrime()).isCloseTo(alpha0.e() / Math.sqrt(1 - 0.23122), within(1e-15));
        Electroweak msbar = inputs.withScheme(EwScheme.MSBAR_MZ).electroweak();
        assertThat(msbar.alpha()).isEqualTo(0.00781549);
        assertThat(EwScheme.MSBAR_MZ.label()).isEqualTo("msbar-mz");
        assertThat(Inputs.PdgEdition.PDG2024.label()).isEqualTo("2024");
        for (InputName name : InputName.values()) {
            assertThat(inputs.value(name)).as(name.key()).isEqualTo(inputs.value(name.key()));
        }
    }

    @Test
    void overridesReplaceOneInputAndPropagateToDerivedQuantities() {
        Inputs changed = inputs.withOverride("ckm_A", 0.8);
        assertThat(changed.value("ckm_A")).isEqualTo(0.8);
        assertThat(changed.input("ckm_A").source()).startsWith("user override");
        assertThat(changed.ckm().element(1, 2).norm()).isNotEqualTo(inputs.ckm().element(1, 2).norm());
        assertThat(inputs.value("ckm_A")).isEqualTo(0.826);
        assertThat(inputs.withOverride("Gamma_B+", 2 * inputs.width("B+")).lifetime("B+"))
                .isCloseTo(inputs.lifetime("B+") / 2, within(1e-20));
    }

    @Test
    void badOverridesNameTheSourceTheFieldAndTheValue() {
        assertThatThrownBy(() -> inputs.withOverrides(Map.of("m_top", 1.0), "--set"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--set").hasMessageContaining("m_top");
        assertThatThrownBy(() -> Inputs.parseAssignment("m_t=heavy", "--set"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'heavy'");
        assertThatThrownBy(() -> Inputs.parseAssignment("m_t", "--set"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name=value");
        assertThatThrownBy(() -> inputs.withOverride("m_t", -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("m_t = -1.0 is not allowed; expected a mass 0 < m");
    }

    @Test
    void overridesFromFileSkipCommentsAndReportTheLine(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("inputs.txt"), "# my inputs\nm_t = 173.0  # pole\n\nmbar_b=4.2\n");
        Inputs read = inputs.withOverridesFromFile(good);
        assertThat(read.mass("t")).isEqualTo(173.0);
        assertThat(read.value("mbar_b")).isEqualTo(4.2);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "m_t = 173\nmbar_b = x\n");
        assertThatThrownBy(() -> inputs.withOverridesFromFile(bad))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bad.txt line 2");
    }
}
