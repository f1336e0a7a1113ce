package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import org.anomalon.observables.xdecay.Flavour;

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
 * <p>Precision: A and B are differences of large terms when m² ≫ Q (the terms cancel to the order
 * of Q/m²). With L evaluated as −log1p(Q/m²) (exact to rounding; DarkCast's log of the rounded
 * ratio loses everything above a few hundred MeV) the rounding error of A is ε (|I0| + |I1 L|),
 * which {@link #coefficients} returns beside A and B: against a 60-digit evaluation this estimate
 * is within a factor 10 of the true error for the three shipped limits, from 1 MeV to 65 GeV.
 */
public final class NeutrinoScattering implements Production {
    private static final double SMALLEST_MASS = 1e-5;
    /** Unit roundoff of double precision. */
    private static final double ROUNDOFF = Math.ulp(1.0) / 2;

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
                    DarkCastNames.name(term.neutrino()), DarkCastNames.name(term.lepton()), DarkCastTable.format(term.energy_GeV())));
        }
        return "neutrino scattering: " + String.join(" + ", parts);
    }

    /**
     * {A_1, B_1, A_2, B_2, …}, the cross-section change being Σ_t |g² A_t + g⁴ B_t|, followed by the
     * rounding errors {δA_1, δB_1, …} (see the class Javadoc).
     */
    double[] coefficients(double massX_GeV, XCouplings x) {
        double mass = massX_GeV == 0 ? SMALLEST_MASS : massX_GeV;
        int n = terms.size();
        double[] coefficients = new double[4 * n];
        for (int t = 0; t < n; t++) {
            Term term = terms.get(t);
            double[] ab = term.function().coefficients(mass, term.energy_GeV(), term.leptonMass_GeV(),
                    x.axial(term.neutrino()), x.vector(term.neutrino()), x.axial(term.lepton()), x.vector(term.lepton()));
            System.arraycopy(ab, 0, coefficients, 2 * t, 2);
            coefficients[2 * n + 2 * t] = ab[2];
            coefficients[2 * n + 2 * t + 1] = ab[3];
        }
        return coefficients;
    }

    /** Σ_t |s A_t + s² B_t| at s = g². */
    static double crossSection(double[] coefficients, double s) {
        double sum = 0;
        for (int t = 0; t < coefficients.length / 2; t += 2) {
            sum += Math.abs(s * coefficients[t] + s * s * coefficients[t + 1]);
        }
        return sum;
    }

    /** The rounding error of {@link #crossSection} at s. */
    static double crossSectionError(double[] coefficients, double s) {
        double sum = 0;
        int errors = coefficients.length / 2;
        for (int t = 0; t < errors; t += 2) {
            sum += s * coefficients[errors + t] + s * s * coefficients[errors + t + 1];
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
            Map<String, Double> known = new java.util.HashMap<>(constants);
            List<Expression> compiled = new ArrayList<>();
            for (Map.Entry<String, String> definition : definitions) {
                Expression expression = Expression.compile(definition.getValue(), source + ", definition " + definition.getKey(),
                        List.copyOf(variables), known);
                if (expression.isConstant()) {
                    // e.g. the electroweak constants: folded into every later definition
                    known.put(definition.getKey(), expression.evaluate());
                } else {
                    compiled.add(expression);
                    variables.add(definition.getKey());
                }
            }
            int[] results = new int[RESULTS.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = variables.indexOf(RESULTS.get(i));
                if (results[i] < ARGUMENTS.size()) {
                    throw org.anomalon.InvalidInputException.because(source, "a neutrino-scattering function must define "
                            + String.join(", ", RESULTS) + " in terms of its arguments; " + RESULTS.get(i) + " is missing or constant");
                }
            }
            return new Function(name, List.copyOf(compiled), results);
        }

        public String name() {
            return name;
        }

        /** {A, B, δA, δB}: A = I0 + I1 L, B = X0 + X1 L and their rounding errors ε(|I0| + |I1 L|), ε(|X0| + |X1 L|). */
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
            double i0 = values[results[0]];
            double i1 = values[results[1]] * logarithm;
            double x0 = values[results[2]];
            double x1 = values[results[3]] * logarithm;
            return new double[] {i0 + i1, x0 + x1, ROUNDOFF * (Math.abs(i0) + Math.abs(i1)), ROUNDOFF * (Math.abs(x0) + Math.abs(x1))};
        }
    }
}
