package org.anomalon.recast;

import org.anomalon.observables.xdecay.XCouplings;

import java.util.List;

/**
 * How a search produced X. For every kind but neutrino scattering the rate is g² σ(m, couplings),
 * so the recast needs only the production ratio at equal coupling (arXiv:1801.04847 eq. 2.12)
 * <pre>
 *   R(m) = Σ_i f_i(m) σ_i(m, model) / σ_i(m, limit model)  /  Σ_i f_i(m),
 * </pre>
 * the numerator summed over the mechanisms i whose σ_i does not vanish for the limit model (the
 * others cannot have contributed to the limit). anomalon divides by the sum of the fractions,
 * which DarkCast does not: the tabulated LHCb fractions sum to between 0.903 and 1.00002 (CMS:
 * 1 ± 10⁻⁵), and only with the division does a limit recast into its own model return itself.
 * Neutrino scattering off electrons interferes with the SM and is not ∝ g² ({@link NeutrinoScattering}).
 */
public sealed interface Production permits Production.Scaling, NeutrinoScattering {

    /** The mechanisms by name, for output. */
    String describe();

    /** Production ∝ g² σ(m, couplings): everything but neutrino scattering. */
    sealed interface Scaling extends Production permits Mixture, Table {
        /** R(m) of the class Javadoc. */
        double ratio(double massX_GeV, XCouplings model, XCouplings limitModel);
    }

    /** Mechanisms with fractions given as expressions in m. */
    record Mixture(List<Mechanism> mechanisms, List<Expression> fractions) implements Scaling {
        public Mixture {
            mechanisms = List.copyOf(mechanisms);
            fractions = List.copyOf(fractions);
        }

        @Override
        public String describe() {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < mechanisms.size(); i++) {
                if (!(fractions.get(i).isConstant() && fractions.get(i).evaluate() == 0)) {
                    names.add(mechanisms.get(i).name());
                }
            }
            return String.join(" + ", names);
        }

        @Override
        public double ratio(double massX_GeV, XCouplings model, XCouplings limitModel) {
            double ratio = 0;
            double total = 0;
            for (int i = 0; i < mechanisms.size(); i++) {
                double fraction = fractions.get(i).evaluate(massX_GeV);
                if (fraction != 0) {
                    ratio += fraction * sigmaRatio(mechanisms.get(i), massX_GeV, model, limitModel);
                    total += fraction;
                }
            }
            return total == 0 ? 0 : ratio / total;
        }
    }

    /** Mechanisms with fractions tabulated versus m in a {@code .prd} file (one column per mechanism). */
    record Table(String file, List<Mechanism> mechanisms, List<Curve> fractions) implements Scaling {
        public Table {
            mechanisms = List.copyOf(mechanisms);
            fractions = List.copyOf(fractions);
        }

        @Override
        public String describe() {
            return "pp (" + String.join(" + ", mechanisms.stream().map(Mechanism::name).toList()) + "; fractions from " + file + ")";
        }

        @Override
        public double ratio(double massX_GeV, XCouplings model, XCouplings limitModel) {
            double ratio = 0;
            double total = 0;
            for (int i = 0; i < mechanisms.size(); i++) {
                double fraction = fractions.get(i).at(massX_GeV);
                if (fraction != 0) {
                    ratio += fraction * sigmaRatio(mechanisms.get(i), massX_GeV, model, limitModel);
                    total += fraction;
                }
            }
            return total == 0 ? 0 : ratio / total;
        }
    }

    private static double sigmaRatio(Mechanism mechanism, double mass, XCouplings model, XCouplings limitModel) {
        double limit = mechanism.sigma(mass, limitModel);
        return limit == 0 ? 0 : mechanism.sigma(mass, model) / limit;
    }
}
