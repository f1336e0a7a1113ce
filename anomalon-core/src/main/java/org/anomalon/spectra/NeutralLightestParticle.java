package org.anomalon.spectra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * P0 criterion (ii) for a whole spectrum: the stable anomalon must be neutral.
 *
 * <p>Without Yukawa couplings to the Higgs, each ML field and each DL pair is stable on its own, and
 * its lightest state must be neutral by the radiative splitting of P0 eq. (2.10)
 * ({@link Mechanism#RADIATIVE}). A renormalisable Yukawa Ψ_a Ψ_b H (or H†) between two different
 * units lets the charged states of one decay into the other; P0 accepts such spectra when the
 * connected units contain a neutral lightest state (P0 Table 3 and the text after eq. A.11, where
 * Ψ3,4 have no neutral component; the k = 1 statement after eq. A.15)
 * ({@link Mechanism#HIGGS_YUKAWA}). The Yukawa needs |n_a − n_b| = 1, Y_a + Y_b = ±1/2,
 * X_a + X_b = 0 and colourless fields. A coloured unit never counts as neutral: its stable state
 * carries colour. With a free charge X' the last condition may hold for
 * every X' or only for one value, which is then reported.
 *
 * @param mechanism     how the criterion is met
 * @param requiredShift the value of X' the Yukawa needs, when it holds for one value only
 */
public record NeutralLightestParticle(Mechanism mechanism, Optional<BigFraction> requiredShift) {

    /** How (or whether) the lightest anomalon is neutral. */
    public enum Mechanism {
        RADIATIVE("radiative"), HIGGS_YUKAWA("higgs-yukawa"), NONE("none");

        private final String label;

        Mechanism(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final BigFraction HALF = BigFraction.of(1, 2);

    public boolean satisfied() {
        return mechanism != Mechanism.NONE;
    }

    /** Applies criterion (ii) to {@code spectrum} with the radiative splitting {@code splitting}. */
    public static NeutralLightestParticle of(AnomalonSpectrum spectrum, RadiativeSplitting splitting) {
        List<List<AnomalonField>> units = spectrum.massUnits();
        boolean[] neutral = new boolean[units.size()];
        boolean allNeutral = true;
        for (int u = 0; u < units.size(); u++) {
            AnomalonField field = units.get(u).get(0);
            // a stable coloured state is never a neutral relic: it hadronises with its colour charge
            neutral[u] = field.colourDimension() == 1
                    && splitting.lightestIsNeutral(field.su2Dimension(), field.hypercharge());
            allNeutral &= neutral[u];
        }
        if (allNeutral) {
            return new NeutralLightestParticle(Mechanism.RADIATIVE, Optional.empty());
        }
        List<Link> links = links(units);
        if (everyComponentHasNeutral(units.size(), neutral, links, null)) {
            return new NeutralLightestParticle(Mechanism.HIGGS_YUKAWA, Optional.empty());
        }
        Set<BigFraction> specialShifts = new LinkedHashSet<>();
        links.stream().map(Link::onlyAtShift).flatMap(Optional::stream).forEach(specialShifts::add);
        for (BigFraction shift : specialShifts) {
            if (everyComponentHasNeutral(units.size(), neutral, links, shift)) {
                return new NeutralLightestParticle(Mechanism.HIGGS_YUKAWA, Optional.of(shift));
            }
        }
        return new NeutralLightestParticle(Mechanism.NONE, Optional.empty());
    }

    /** A Higgs Yukawa between units a and b, for every X' or only at one value. */
    private record Link(int a, int b, Optional<BigFraction> onlyAtShift) {
        boolean presentAt(BigFraction shift) {
            return onlyAtShift.isEmpty() || onlyAtShift.get().equals(shift);
        }
    }

    private static List<Link> links(List<List<AnomalonField>> units) {
        List<Link> links = new ArrayList<>();
        for (int a = 0; a < units.size(); a++) {
            for (int b = a + 1; b < units.size(); b++) {
                for (AnomalonField fa : units.get(a)) {
                    for (AnomalonField fb : units.get(b)) {
                        Optional<Optional<BigFraction>> condition = yukawa(fa, fb);
                        if (condition.isPresent()) {
                            links.add(new Link(a, b, condition.get()));
                        }
                    }
                }
            }
        }
        return links;
    }

    /**
     * Empty when Ψ_a Ψ_b H is forbidden; otherwise the X' condition: empty inner Optional for
     * "every X'", a value for "only at X' = value".
     */
    private static Optional<Optional<BigFraction>> yukawa(AnomalonField fa, AnomalonField fb) {
        boolean colourless = fa.colourDimension() == 1 && fb.colourDimension() == 1;
        boolean su2 = Math.abs(fa.su2Dimension() - fb.su2Dimension()) == 1;
        BigFraction hypercharge = fa.hypercharge().add(fb.hypercharge()).abs();
        if (!colourless || !su2 || !hypercharge.equals(HALF)) {
            return Optional.empty();
        }
        BigFraction constant = fa.chargeX().add(fb.chargeX());
        BigFraction slope = fa.shiftCoefficient().add(fb.shiftCoefficient());
        if (slope.signum() == 0) {
            return constant.signum() == 0 ? Optional.of(Optional.empty()) : Optional.empty();
        }
        return Optional.of(Optional.of(constant.negate().divide(slope)));
    }

    private static boolean everyComponentHasNeutral(int unitCount, boolean[] neutral, List<Link> links,
                                                    BigFraction shift) {
        int[] parent = new int[unitCount];
        for (int u = 0; u < unitCount; u++) {
            parent[u] = u;
        }
        for (Link link : links) {
            if (shift == null ? link.onlyAtShift().isEmpty() : link.presentAt(shift)) {
                parent[root(parent, link.a())] = root(parent, link.b());
            }
        }
        boolean[] componentNeutral = new boolean[unitCount];
        for (int u = 0; u < unitCount; u++) {
            componentNeutral[root(parent, u)] |= neutral[u];
        }
        for (int u = 0; u < unitCount; u++) {
            if (!componentNeutral[root(parent, u)]) {
                return false;
            }
        }
        return true;
    }

    private static int root(int[] parent, int u) {
        while (parent[u] != u) {
            u = parent[u];
        }
        return u;
    }
}
