package org.anomalon.fit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import java.util.function.Predicate;

/**
 * The χ² of P0 Sec. 3.2.5 at one m_X: a sum of {@link LikelihoodTerm}s, a function of the plane
 * (x, y) = (g_X A_XWW, g_X A_XYY) of P0 Fig. 2 (left).
 *
 * @param massX_GeV the X mass the responses and measurements belong to
 * @param terms     the terms (order kept for reports)
 */
public record Likelihood(double massX_GeV, List<LikelihoodTerm> terms) implements PlaneChiSquared {

    public Likelihood {
        terms = List.copyOf(terms);
    }

    @Override
    public double chiSquared(double x, double y) {
        double sum = 0;
        for (LikelihoodTerm term : terms) {
            sum += term.chiSquared(x, y);
        }
        return sum;
    }

    /** The same likelihood keeping only the terms that pass {@code keep}. */
    public Likelihood filter(Predicate<LikelihoodTerm> keep) {
        return new Likelihood(massX_GeV, terms.stream().filter(keep).toList());
    }

    /** Without the terms of one observable (e.g. the fit "without Z → γX" of P0 Fig. 2 right). */
    public Likelihood without(Observable observable) {
        return filter(term -> !term.observable().equals(observable));
    }

    /** Only the terms of one observable (e.g. the Z → γX-only regions of P0 Fig. 2 left). */
    public Likelihood only(Observable observable) {
        return filter(term -> term.observable().equals(observable));
    }

    /**
     * Every prediction times {@code invisibleFraction} = B(X → invisible): the measurements are
     * missing-energy rates (B → K E_miss, Z → γ E_miss), while the responses are rates of B → K X,
     * Z → γ X. Exact for any g_X, since B(X → invisible) is a ratio of widths ∝ g_X².
     */
    public Likelihood withInvisibleFraction(double invisibleFraction) {
        if (!(invisibleFraction >= 0 && invisibleFraction <= 1)) {
            throw new IllegalArgumentException("B(X -> invisible) must lie in [0, 1], got " + invisibleFraction);
        }
        return new Likelihood(massX_GeV, terms.stream()
                .map(t -> new LikelihoodTerm(t.observable(), t.response().times(invisibleFraction), t.term(), t.citation()))
                .toList());
    }

    /**
     * The same likelihood with only the {@link FitTerm}s of {@code terms} among g_S, g_P and Z → γX
     * (other observables stay).
     *
     * @throws InvalidInputException if a requested term is not in this likelihood
     */
    public Likelihood keeping(Set<FitTerm> terms, String setName) {
        for (FitTerm term : terms) {
            if (!hasObservable(term.observable())) {
                throw InvalidInputException.of(Parameter.FIT_TERMS, term.label(), "a term of measurement set '" + setName
                        + "' at m_X = " + massX_GeV + " GeV (it has: " + terms().stream().map(t -> t.observable().label())
                        .distinct().collect(Collectors.joining(", ")) + ")");
            }
        }
        Set<Observable> dropped = new HashSet<>();
        for (FitTerm term : FitTerm.values()) {
            if (!terms.contains(term)) {
                dropped.add(term.observable());
            }
        }
        return filter(term -> !dropped.contains(term.observable()));
    }

    public boolean hasObservable(Observable observable) {
        return terms.stream().anyMatch(term -> term.observable().equals(observable));
    }
}
