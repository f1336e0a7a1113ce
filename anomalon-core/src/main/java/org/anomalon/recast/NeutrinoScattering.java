package org.anomalon.recast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Production by neutrino–lepton scattering (Borexino, CHARM-II, TEXONO as reinterpreted by Bauer,
 * Foldenauer, Jaeckel, arXiv:1803.05466), where X interferes with the SM: the signal is the change
 * of the cross-section, per term |g² A + g⁴ B| with A = I0 + I1 L, B = X0 + X1 L,
 * L = ln(m²/(m² + Q)), Q = 4E²m_ℓ/(2E + m_ℓ), I and X functions of (m, E, m_ℓ) and of the neutrino's
 * and lepton's couplings given by the catalogue's {@code functions} (DarkCast 2.1's dxsNuL2NuL,
 * dxsNulL2NulL and dxsNulbarL2NulbarL, reduced to this form). m = 0 is replaced by 10⁻⁵ GeV as in
 * DarkCast.
 *
 * <p>Precision: A and B are differences of large terms when m² ≫ Q, and double precision loses
 * them (relative error ~10⁻³ at m ≈ 0.14 GeV for Borexino's 0.862 MeV, O(1) above ~0.3 GeV).
 * {@link #noise} estimates the rounding noise from the second difference in m, so that a recast
 * can refuse masses where the cross-section is not resolved.
 */
public final class NeutrinoScattering implements Production {
    private static final double SMALLEST_MASS = 1e-5;
    /** Relative step of the second difference that measures rounding noise (smooth curvature is ~STEP² ≈ 1e-14). */
    private static final double STEP = 1e-7;

    private final List<Term> terms;

    /** One scattering process: a function of the catalogue for a neutrino flavour on a charged lepton at an energy. */
    public record Term(Function function, Flavour neutrino, Flavour lepton, double leptonMass_GeV, double energy_GeV) {
    }

    NeutrinoScattering(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Term term : terms) {
            parts.add(String.format(Locale.ROOT, "%s (%s on %s, E = %s GeV)", term.function().name(),
                    term.neutrino().darkCastName(), term.lepton().darkCastName(), DarkCastTable.format(term.energy_GeV())));
        }
        return "neutrino scattering: " + String.join(" + ", parts);
    }

    /** {A_1, B_1, A_2, B_2, …}: the cross-section change is Σ_t |g² A_t + g⁴ B_t|. */
    double[] coefficients(double massX_GeV, Couplings x) {
        double mass = massX_GeV == 0 ? SMALLEST_MASS : massX_GeV;
        double[] coefficients = new double[2 * terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            double[] ab = term.function().coefficients(mass, term.energy_GeV(), term.leptonMass_GeV(),
                    x.axial(term.neutrino()), x.vector(term.neutrino()), x.axial(term.lepton()), x.vector(term.lepton()));
            coefficients[2 * t] = ab[0];
            coefficients[2 * t + 1] = ab[1];
        }
        return coefficients;
    }

    /** Rounding noise of the coefficients: |c(m(1+δ)) + c(m(1−δ)) − 2c(m)| per coefficient. */
    double[] noise(double massX_GeV, Couplings x) {
        double[] centre = coefficients(massX_GeV, x);
        double[] up = coefficients(massX_GeV * (1 + STEP), x);
        double[] down = coefficients(massX_GeV * (1 - STEP), x);
        double[] noise = new double[centre.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = Math.abs(up[i] + down[i] - 2 * centre[i]);
        }
        return noise;
    }

    /** Σ_t |s A_t + s² B_t| at s = g². */
    static double crossSection(double[] coefficients, double s) {
        double sum = 0;
        for (int t = 0; t < coefficients.length; t += 2) {
            sum += Math.abs(s * coefficients[t] + s * s * coefficients[t + 1]);
        }
        return sum;
    }

    /** The rounding noise of {@link #crossSection} at s, from {@link #noise}. */
    static double crossSectionNoise(double[] noise, double s) {
        double sum = 0;
        for (int t = 0; t < noise.length; t += 2) {
            sum += s * noise[t] + s * s * noise[t + 1];
        }
        return sum;
    }

    /**
     * A function of the catalogue: definitions evaluated in order from the variables m, en (E_ν),
     * ml (m_ℓ), an, vn, al, vl (axial and vector couplings of the neutrino and the lepton), which
     * must define I0, I1, X0, X1 and L.
     */
    public static final class Function {
        static final List<String> ARGUMENTS = List.of("m", "en", "ml", "an", "vn", "al", "vl");
        private static final List<String> RESULTS = List.of("I0", "I1", "X0", "X1", "L");

        private final String name;
        private final List<Expression> definitions;
        private final int[] results;

        private Function(String name, List<Expression> definitions, int[] results) {
            this.name = name;
            this.definitions = definitions;
            this.results = results;
        }

        /**
         * @param definitions name → expression, in order
         * @param source      where they are written, for messages
         */
        static Function compile(String name, List<Map.Entry<String, String>> definitions, Map<String, Double> constants,
                                String source) {
            List<String> variables = new ArrayList<>(ARGUMENTS);
            List<Expression> compiled = new ArrayList<>();
            for (Map.Entry<String, String> definition : definitions) {
                compiled.add(Expression.compile(definition.getValue(), source + ", definition " + definition.getKey(),
                        List.copyOf(variables), constants));
                variables.add(definition.getKey());
            }
            int[] results = new int[RESULTS.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = variables.indexOf(RESULTS.get(i));
                if (results[i] < ARGUMENTS.size()) {
                    throw org.anomalon.InvalidInputException.because(source,
                            "a neutrino-scattering function must define " + String.join(", ", RESULTS) + "; " + RESULTS.get(i) + " is missing");
                }
            }
            return new Function(name, List.copyOf(compiled), results);
        }

        public String name() {
            return name;
        }

        /** {A, B} = {I0 + I1 L, X0 + X1 L}. */
        double[] coefficients(double m, double energy, double leptonMass, double an, double vn, double al, double vl) {
            double[] values = new double[ARGUMENTS.size() + definitions.size()];
            values[0] = m;
            values[1] = energy;
            values[2] = leptonMass;
            values[3] = an;
            values[4] = vn;
            values[5] = al;
            values[6] = vl;
            for (int i = 0; i < definitions.size(); i++) {
                values[ARGUMENTS.size() + i] = definitions.get(i).evaluate(values);
            }
            double logarithm = values[results[4]];
            return new double[] {values[results[0]] + values[results[1]] * logarithm,
                    values[results[2]] + values[results[3]] * logarithm};
        }
    }
}
