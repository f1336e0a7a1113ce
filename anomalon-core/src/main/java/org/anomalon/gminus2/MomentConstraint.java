package org.anomalon.gminus2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalon.data.Kind;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitSource;
import org.anomalon.data.Reference;
import org.anomalon.limits.Exclusion;

/**
 * One (g − 2) constraint of {@link MomentConstraints}: the range of Δa_ℓ^X a measurement allows
 * (a limit: couplings outside it are excluded) or favours (the preferred band). Since
 * Δa_ℓ^X = g_X² c with c = Δa_ℓ at g_X = 1, the couplings follow in closed form:
 * <pre>  {g : low ≤ g² c ≤ high}.</pre>
 *
 * @param id        stable identifier, e.g. {@code g-2-mu-Bodas2021}
 * @param lepton    e or μ
 * @param role      limit or preferred band
 * @param label     for figures
 * @param low       lowest allowed Δa^X
 * @param high      highest allowed Δa^X
 * @param reference the paper of the numbers
 * @param rule      how [low, high] follows from the printed numbers
 * @param obtained  where the numbers come from
 * @param notes     caveats
 */
public record MomentConstraint(String id, Lepton lepton, Role role, String label, double low, double high,
                               boolean plotByDefault, Reference reference, String rule, String obtained, String notes)
        implements LimitSource {

    /** What the range means. */
    public enum Role {
        LIMIT, PREFERRED_BAND
    }

    /**
     * The couplings this constraint excludes (a limit) or favours (a band) at a mass where
     * Δa_ℓ^X(g_X = 1) = {@code unitContribution}: an {@link Exclusion} as a set of couplings.
     */
    public Exclusion couplings(double unitContribution) {
        if (unitContribution == 0 || !Double.isFinite(unitContribution)) {
            return Exclusion.NONE;
        }
        // g² c in [low, high]  <=>  g² in [from, to] (bounds swapped for c < 0)
        double from = Math.min(low / unitContribution, high / unitContribution);
        double to = Math.max(low / unitContribution, high / unitContribution);
        if (role == Role.PREFERRED_BAND) {
            return from > 0 ? Exclusion.between(Math.sqrt(from), Math.sqrt(to)) : Exclusion.NONE;
        }
        if (to <= 0) {
            // no coupling g > 0 gives an allowed contribution
            return Exclusion.above(Double.MIN_NORMAL);
        }
        List<double[]> excluded = new ArrayList<>();
        if (from > 0) {
            excluded.add(new double[] {Double.MIN_NORMAL, Math.sqrt(from)});
        }
        excluded.add(new double[] {Math.sqrt(to), Double.POSITIVE_INFINITY});
        return Exclusion.of(excluded);
    }

    @Override
    public String database() {
        return LimitEntry.DATABASE;
    }

    @Override
    public String channel() {
        return "(g-2)_" + lepton.key();
    }

    @Override
    public String experiment() {
        return "(g-2)_" + lepton.key();
    }

    @Override
    public Kind kind() {
        return Kind.OBSERVED;
    }

    @Override
    public boolean isExclusion() {
        return role == Role.LIMIT;
    }

    /** Tree level: X couples to the lepton directly (no anomaly or triangle). */
    @Override
    public boolean treeLevel() {
        return true;
    }

    @Override
    public List<Reference> references() {
        return List.of(reference);
    }

    @Override
    public String clSource() {
        return rule;
    }

    /** Whether an X contribution Δa_ℓ^X lies in the range (allowed by a limit, favoured by a band). */
    public boolean contains(double deltaA) {
        return deltaA >= low && deltaA <= high;
    }

    /** The allowed range, e.g. for the output. */
    public String range() {
        return String.format(Locale.ROOT, "%.3g <= Delta a_%s^X <= %.3g", low, lepton.key(), high);
    }
}
