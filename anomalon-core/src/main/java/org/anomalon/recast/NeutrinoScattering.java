package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import org.anomalon.observables.xdecay.Flavour;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Precision: when m² ≫ Q the two parts of A (and of B) are large and cancel, A/I0 falling like
 * Q E²/m⁴ (the 1/m² of the X propagator against I0 ∝ m²): for Borexino (E = 0.862 MeV) by 10⁻⁹ at
 * 0.14 GeV and 10⁻²¹ at 200 GeV. DarkCast evaluates L as the log of the rounded m²/(m² + Q) and its
 * cross-sections are rounding noise above a few hundred MeV (docs/recast.md). Here L is −log1p(Q/m²)
 * and each term is evaluated in double where its estimated rounding error ε (|I0| + |I1 L|) (against a
 * 60-digit evaluation within a factor 10 of the true error for the shipped limits) is below
 * {@value #DOUBLE_PRECISION_ENOUGH} of the result, else again in double-double arithmetic
 * ({@link DoubleDouble}, ε = 2⁻¹⁰⁴): the shipped cross-sections are then good to 10⁻¹⁰ up to 200 GeV.
 * {@link #coefficients} returns the error estimate beside A and B, so a user's function that cancels
 * even beyond double-double gives no statement rather than noise.
 */
public final class NeutrinoScattering implements Production {
    private static final double SMALLEST_MASS = 1e-5;
    /** Unit roundoff of double precision. */
    private static final double ROUNDOFF = Math.ulp(1.0) / 2;
    /** Relative rounding error of a term above which it is evaluated again in double-double. */
    static final double DOUBLE_PRECISION_ENOUGH = 1e-10;

    private final List<Term> terms;
    /** Each term's function at its energy and lepton mass, compiled on first use. */
    private volatile List<AtEnergy> atEnergies;

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
        List<AtEnergy> functions = atEnergies();
        double[][] couplings = new double[n][];
        double[][] results = new double[n][];
        for (int t = 0; t < n; t++) {
            Term term = terms.get(t);
            couplings[t] = new double[] {x.axial(term.neutrino()), x.vector(term.neutrino()), x.axial(term.lepton()), x.vector(term.lepton())};
            for (int earlier = 0; earlier < t && results[t] == null; earlier++) {
                // e.g. nu_mu and nu_tau on e with equal couplings: one evaluation
                if (functions.get(earlier) == functions.get(t) && Arrays.equals(couplings[earlier], couplings[t])) {
                    results[t] = results[earlier];
                }
            }
            if (results[t] == null) {
                results[t] = functions.get(t).coefficients(mass, couplings[t][0], couplings[t][1], couplings[t][2], couplings[t][3]);
            }
            double[] ab = results[t];
            System.arraycopy(ab, 0, coefficients, 2 * t, 2);
            coefficients[2 * n + 2 * t] = ab[2];
            coefficients[2 * n + 2 * t + 1] = ab[3];
        }
        return coefficients;
    }

    private List<AtEnergy> atEnergies() {
        List<AtEnergy> result = atEnergies;
        if (result == null) {
            List<AtEnergy> compiled = new ArrayList<>();
            for (int t = 0; t < terms.size(); t++) {
                Term term = terms.get(t);
                AtEnergy same = null;
                for (int earlier = 0; earlier < t && same == null; earlier++) {
                    Term other = terms.get(earlier);
                    if (other.function() == term.function() && other.energy_GeV() == term.energy_GeV()
                            && other.leptonMass_GeV() == term.leptonMass_GeV()) {
                        same = compiled.get(earlier);
                    }
                }
                compiled.add(same != null ? same : term.function().at(term.energy_GeV(), term.leptonMass_GeV()));
            }
            result = List.copyOf(compiled);
            atEnergies = result;
        }
        return result;
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
     * must define I0, I1, X0, X1 and L. Each term of a limit evaluates it {@linkplain #at at its
     * energy and lepton mass}: everything that depends on those alone is folded once.
     */
    public static final class Function {
        static final List<String> ARGUMENTS = List.of("m", "en", "ml", "an", "vn", "al", "vl");
        /** The variables once E_ν and m_ℓ are fixed. */
        private static final List<String> PER_MASS = List.of("m", "an", "vn", "al", "vl");
        private static final List<String> RESULTS = List.of("I0", "I1", "X0", "X1", "L");

        private final String name;
        private final List<Map.Entry<String, String>> definitions;
        private final Map<String, DoubleDouble> constants;
        private final String source;

        private Function(String name, List<Map.Entry<String, String>> definitions, Map<String, DoubleDouble> constants, String source) {
            this.name = name;
            this.definitions = definitions;
            this.constants = constants;
            this.source = source;
        }

        /**
         * @param definitions name → expression, in order
         * @param source      where they are written, for messages
         */
        static Function compile(String name, List<Map.Entry<String, String>> definitions, Map<String, Double> constants,
                                String source) {
            Map<String, DoubleDouble> exact = new java.util.HashMap<>();
            constants.forEach((key, value) -> exact.put(key, DoubleDouble.of(value)));
            Function function = new Function(name, List.copyOf(definitions), Map.copyOf(exact), source);
            function.compiled(ARGUMENTS, exact); // every error of the catalogue now, at load
            return function;
        }

        public String name() {
            return name;
        }

        /** The function at one neutrino energy and lepton mass, of m and the four couplings. */
        AtEnergy at(double energy, double leptonMass) {
            Map<String, DoubleDouble> known = new java.util.HashMap<>(constants);
            known.put("en", DoubleDouble.of(energy));
            known.put("ml", DoubleDouble.of(leptonMass));
            return compiled(PER_MASS, known);
        }

        /** {A, B, δA, δB} at these arguments (in the order of {@link #ARGUMENTS}); see {@link AtEnergy#coefficients}. */
        double[] coefficients(double m, double energy, double leptonMass, double an, double vn, double al, double vl) {
            return at(energy, leptonMass).coefficients(m, an, vn, al, vl);
        }

        private AtEnergy compiled(List<String> arguments, Map<String, DoubleDouble> constants) {
            List<String> variables = new ArrayList<>(arguments);
            Map<String, DoubleDouble> known = new java.util.HashMap<>(constants);
            List<Expression> compiled = new ArrayList<>();
            for (Map.Entry<String, String> definition : definitions) {
                Expression expression = Expression.compileExactly(definition.getValue(), source + ", definition " + definition.getKey(),
                        List.copyOf(variables), known);
                boolean result = RESULTS.contains(definition.getKey());
                if (result && expression.isConstant() && arguments == ARGUMENTS) {
                    throw org.anomalon.InvalidInputException.because(source, "a neutrino-scattering function must define "
                            + String.join(", ", RESULTS) + " in terms of its arguments; " + definition.getKey() + " is constant");
                }
                if (expression.isConstant() && !result) {
                    // e.g. the electroweak constants: folded into every later definition
                    known.put(definition.getKey(), expression.constantValue());
                } else {
                    compiled.add(expression);
                    variables.add(definition.getKey());
                }
            }
            int[] results = new int[RESULTS.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = variables.indexOf(RESULTS.get(i));
                if (results[i] < arguments.size()) {
                    throw org.anomalon.InvalidInputException.because(source, "a neutrino-scattering function must define "
                            + String.join(", ", RESULTS) + " in terms of its arguments; " + RESULTS.get(i) + " is missing");
                }
            }
            return new AtEnergy(arguments.size(), List.copyOf(compiled), results);
        }
    }

    /** A {@link Function} at one energy and lepton mass: definitions of m, an, vn, al, vl. */
    static final class AtEnergy {
        private final int argumentCount;
        private final List<Expression> definitions;
        private final int[] results;

        private AtEnergy(int argumentCount, List<Expression> definitions, int[] results) {
            this.argumentCount = argumentCount;
            this.definitions = definitions;
            this.results = results;
        }

        /**
         * {A, B, δA, δB}: A = I0 + I1 L, B = X0 + X1 L and their rounding errors ε(|I0| + |I1 L|),
         * ε(|X0| + |X1 L|), in double or, where that cancels, in double-double (class Javadoc).
         */
        double[] coefficients(double m, double an, double vn, double al, double vl) {
            double[] values = new double[argumentCount + definitions.size()];
            values[0] = m;
            values[1] = an;
            values[2] = vn;
            values[3] = al;
            values[4] = vl;
            for (int i = 0; i < definitions.size(); i++) {
                values[argumentCount + i] = definitions.get(i).evaluate(values);
            }
            double logarithm = values[results[4]];
            double i0 = values[results[0]];
            double i1 = values[results[1]] * logarithm;
            double x0 = values[results[2]];
            double x1 = values[results[3]] * logarithm;
            double errorA = ROUNDOFF * (Math.abs(i0) + Math.abs(i1));
            double errorB = ROUNDOFF * (Math.abs(x0) + Math.abs(x1));
            if (errorA <= DOUBLE_PRECISION_ENOUGH * Math.abs(i0 + i1) && errorB <= DOUBLE_PRECISION_ENOUGH * Math.abs(x0 + x1)) {
                return new double[] {i0 + i1, x0 + x1, errorA, errorB};
            }
            return accurateCoefficients(values);
        }

        private double[] accurateCoefficients(double[] arguments) {
            DoubleDouble[] values = new DoubleDouble[argumentCount + definitions.size()];
            for (int i = 0; i < argumentCount; i++) {
                values[i] = DoubleDouble.of(arguments[i]);
            }
            for (int i = 0; i < definitions.size(); i++) {
                values[argumentCount + i] = definitions.get(i).evaluateAccurately(values);
            }
            DoubleDouble logarithm = value(values, 4);
            DoubleDouble i0 = value(values, 0);
            DoubleDouble i1 = value(values, 1).multiply(logarithm);
            DoubleDouble x0 = value(values, 2);
            DoubleDouble x1 = value(values, 3).multiply(logarithm);
            return new double[] {i0.add(i1).doubleValue(), x0.add(x1).doubleValue(),
                    DoubleDouble.ROUNDOFF * (Math.abs(i0.hi()) + Math.abs(i1.hi())),
                    DoubleDouble.ROUNDOFF * (Math.abs(x0.hi()) + Math.abs(x1.hi()))};
        }

        private DoubleDouble value(DoubleDouble[] values, int result) {
            return values[results[result]];
        }
    }
}
