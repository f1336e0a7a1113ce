package org.anomalon.recast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private static final Map<String, Double> CONSTANTS = Map.of("c", 299792458.0, "m_phi", 1.01946, "m_eta", 0.54785);

    private static double value(String text, double m) {
        return Expression.compile(text, "test", List.of("m"), CONSTANTS).evaluate(m);
    }

    @Test
    void precedenceAndAssociativityFollowTheGrammar() {
        assertThat(value("1 + 2*3^2", 0)).isEqualTo(19);
        assertThat(value("-m^2", 3)).isEqualTo(-9);
        assertThat(value("2^-1", 0)).isEqualTo(0.5);
        assertThat(value("2^3^2", 0)).isEqualTo(512);
        assertThat(value("8/4/2", 0)).isEqualTo(1);
        assertThat(value("10 - 4 - 3", 0)).isEqualTo(3);
        assertThat(value("(1 + 2)*3", 0)).isEqualTo(9);
        assertThat(value(".5e1 + 1E-1", 0)).isEqualTo(5.1);
    }

    @Test
    void comparisonsFunctionsAndInfinity() {
        assertThat(value("1.0*(m < 0.13498 - 2*0.000511)", 0.1)).isEqualTo(1);
        assertThat(value("1.0*(m >= 0.13498 - 2*0.000511)", 0.1)).isEqualTo(0);
        assertThat(value("if(m < 45, inf, if(m < 130, 5e-12, -3.66e-11 + 3.12e-13*m))", 150)).isEqualTo(-3.66e-11 + 3.12e-13 * 150);
        assertThat(value("if(m < 45, inf, 1)", 20)).isInfinite();
        assertThat(value("min(3, m, 5) + max(1, 2)", 4)).isEqualTo(5);
        assertThat(value("sqrt(abs(-16)) + exp(0) + log(1) + atan(0)", 0)).isEqualTo(5);
        assertThat(value("exp(-inf)", 0)).isEqualTo(0);
    }

    @Test
    void theKloeWindowOfTheCatalogueMatchesDarkCast() {
        // KLOE_Babusci2012cr, DarkCast's own value at m = 0.006 GeV: 4.416331439934381e-12 s
        assertThat(value("0.08/((m_phi^2 + m^2 - m_eta^2)/(2*m_phi*m)*c)", 0.006)).isCloseTo(4.416331439934381e-12,
                org.assertj.core.data.Percentage.withPercentage(1e-10));
    }

    @Test
    void theDoubleDoubleEvaluationKeepsWhatDoubleLosesToCancellation() {
        Expression cancelling = Expression.compile("(1 + m) - 1 + log1p(m) - m + sqrt(2 + m)^2 - 2 - m", "test", List.of("m"), CONSTANTS);
        double m = 1e-20;
        // (1 + m) - 1 = m, log1p(m) - m = -m^2/2, sqrt(2 + m)^2 - 2 - m = 0 (to 2^-104): m in all, which double loses
        assertThat(Math.abs(cancelling.evaluate(m) - m)).isGreaterThan(100 * m);
        assertThat(cancelling.evaluateAccurately(DoubleDouble.of(m)).doubleValue()).isCloseTo(m, org.assertj.core.data.Offset.offset(1e-30));
        Expression comparison = Expression.compile("if((1 + m) - 1 > 0, min(3, m, 5), -1)", "test", List.of("m"), CONSTANTS);
        assertThat(comparison.evaluate(m)).isEqualTo(-1);
        assertThat(comparison.evaluateAccurately(DoubleDouble.of(m)).doubleValue()).isEqualTo(m);
        assertThat(Expression.compile("log1p(m) - m", "test", List.of("m"), CONSTANTS).evaluateAccurately(DoubleDouble.of(0.5))
                .doubleValue()).isCloseTo(Math.log(1.5) - 0.5, org.assertj.core.data.Offset.offset(1e-16));
    }

    @Test
    void constantsAreFoldedAndVariablesAreNot() {
        assertThat(Expression.compile("2*c", "test", List.of("m"), CONSTANTS).isConstant()).isTrue();
        assertThat(Expression.compile("inf", "test", List.of("m"), CONSTANTS).isConstant()).isTrue();
        assertThat(Expression.compile("2*m", "test", List.of("m"), CONSTANTS).isConstant()).isFalse();
    }

    @Test
    void badExpressionsNameTheSourceThePositionAndWhatIsKnown() {
        assertThatThrownBy(() -> value("2*mass", 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("test: ").hasMessageContaining("character 3").hasMessageContaining("unknown name 'mass'")
                .hasMessageContaining("m_phi");
        assertThatThrownBy(() -> value("sin(m)", 1)).hasMessageContaining("unknown function 'sin'");
        assertThatThrownBy(() -> value("(1 + m", 1)).hasMessageContaining("')' expected");
        assertThatThrownBy(() -> value("1 + ", 1)).hasMessageContaining("ends where");
        assertThatThrownBy(() -> value("if(m, 1)", 1)).hasMessageContaining("if() takes 3 argument(s), got 2");
        assertThatThrownBy(() -> value("1 2", 1)).hasMessageContaining("after a complete expression");
    }
}
