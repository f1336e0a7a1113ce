package org.anomalon.uv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.model.Chirality;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.Scalar;
import org.anomalon.spectra.AnomalonKind;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The extra fermions of a model sorted by how they get a mass (P0 Sec. 2.2 criterion i, Sec. 4; P2 Sec. IV):
 * anomalon multiplets (mass from a U(1)_X-breaking scalar), vector-like pairs (bare mass M, e.g. the
 * Froggatt–Nielsen mediator E of P2) and SM singlets (the N_R that cancel grav·X and X³).
 *
 * <p>Pairing: fields whose names share a stem ({@code A_L}, {@code A_R}) are paired first, then any remaining
 * field with a partner of equal n and opposite hypercharge (left-handed notation). A pair with
 * X_1 + X_2 = 0 is vector-like; otherwise X_1 + X_2 must be ± the charge of one of the model's scalars.
 * A left-over field with Y = 0 and odd n > 1 is Majorana-like and needs a scalar with charge ±2X.
 */
public record UvFieldContent(List<AnomalonMultiplet> anomalons, List<VectorLikePair> vectorLike,
                             List<Fermion> singlets) {

    /** A pair of Weyl fields with a gauge-invariant bare mass (same charges under the full gauge group). */
    public record VectorLikePair(String name, Fermion left, Fermion right) {
    }

    public UvFieldContent {
        anomalons = List.copyOf(anomalons);
        vectorLike = List.copyOf(vectorLike);
        singlets = List.copyOf(singlets);
    }

    /**
     * Sorts the extra fermions of {@code model}.
     *
     * @throws InvalidInputException if a field can get no mass from the model's scalars (inconsistent scalar
     *                               charges), or if an anomalon is coloured (no unitarity rule printed)
     */
    public static UvFieldContent of(Model model) {
        String source = "model " + model.name();
        for (Scalar scalar : model.scalars()) {
            if (scalar.chargeX().signum() == 0) {
                throw InvalidInputException.of(source, "scalar " + scalar.name() + " X", "0",
                        "a non-zero U(1)_X charge (a breaking scalar must be charged)");
            }
        }
        List<Fermion> singlets = new ArrayList<>();
        List<Fermion> charged = new ArrayList<>();
        for (Fermion f : model.extraFermions()) {
            boolean smSinglet = f.colourDimension() == 1 && f.su2Dimension() == 1 && f.hypercharge().signum() == 0;
            (smSinglet ? singlets : charged).add(f);
        }
        List<AnomalonMultiplet> anomalons = new ArrayList<>();
        List<VectorLikePair> vectorLike = new ArrayList<>();
        pairByStem(charged, model, anomalons, vectorLike);
        pairByQuantumNumbers(charged, model, anomalons, vectorLike);
        for (Fermion f : List.copyOf(charged)) {
            if (isMajoranaCandidate(f)) {
                BigFraction twiceX = leftX(f).multiply(2);
                Scalar scalar = scalarWithCharge(model, twiceX).orElseThrow(() -> noScalar(source, f, twiceX));
                anomalons.add(new AnomalonMultiplet(stem(f.name()).orElse(f.name()), AnomalonKind.ML, f.su2Dimension(),
                        leftY(f), leftX(f), scalar, List.of(f.name())));
                charged.remove(f);
            }
        }
        if (!charged.isEmpty()) {
            Fermion f = charged.get(0);
            throw InvalidInputException.of(source, "fermion " + f.name(),
                    "(n=" + f.su2Dimension() + ", Y=" + Rationals.format(f.hypercharge()) + ", X="
                            + Rationals.format(f.chargeX()) + ", " + f.chirality() + ")",
                    "a field that can get a mass: a partner with the same n and hypercharge of the opposite "
                            + "chirality (Dirac-like or vector-like), or Y = 0 with odd n > 1 (Majorana-like)");
        }
        for (AnomalonMultiplet a : anomalons) {
            if (model.extraFermions().stream().anyMatch(f -> a.fields().contains(f.name()) && f.colourDimension() != 1)) {
                throw InvalidInputException.of(source, "anomalon " + a.name() + " su3", "coloured",
                        "colourless anomalons (no perturbative-unitarity rule for coloured ones is printed in P0/P2)");
            }
        }
        return new UvFieldContent(anomalons, vectorLike, singlets);
    }

    private static void pairByStem(List<Fermion> charged, Model model, List<AnomalonMultiplet> anomalons,
                                   List<VectorLikePair> vectorLike) {
        for (Fermion f : List.copyOf(charged)) {
            if (!charged.contains(f)) {
                continue;
            }
            Optional<Fermion> partner = charged.stream()
                    .filter(g -> g != f && stem(g.name()).isPresent() && stem(g.name()).equals(stem(f.name())))
                    .filter(g -> canPair(f, g))
                    .findFirst();
            partner.ifPresent(g -> addPair(stem(f.name()).orElseThrow(), f, g, model, anomalons, vectorLike, charged));
        }
    }

    private static void pairByQuantumNumbers(List<Fermion> charged, Model model, List<AnomalonMultiplet> anomalons,
                                             List<VectorLikePair> vectorLike) {
        for (Fermion f : List.copyOf(charged)) {
            if (!charged.contains(f) || isMajoranaCandidate(f)) {
                continue;
            }
            charged.stream().filter(g -> g != f && canPair(f, g))
                    .filter(g -> pairCharge(f, g).signum() == 0 || scalarWithCharge(model, pairCharge(f, g)).isPresent())
                    .findFirst()
                    .ifPresent(g -> addPair(f.name() + "+" + g.name(), f, g, model, anomalons, vectorLike, charged));
        }
    }

    private static void addPair(String name, Fermion f, Fermion g, Model model, List<AnomalonMultiplet> anomalons,
                                List<VectorLikePair> vectorLike, List<Fermion> charged) {
        BigFraction sum = pairCharge(f, g);
        Fermion left = f.chirality() == Chirality.L ? f : g;
        Fermion other = left == f ? g : f;
        if (sum.signum() == 0) {
            vectorLike.add(new VectorLikePair(name, left, other));
        } else {
            Scalar scalar = scalarWithCharge(model, sum)
                    .orElseThrow(() -> noScalar("model " + model.name(), f, sum));
            anomalons.add(new AnomalonMultiplet(name, AnomalonKind.DL, f.su2Dimension(), leftY(left),
                    leftX(left), scalar, List.of(left.name(), other.name())));
        }
        charged.remove(f);
        charged.remove(g);
    }

    private static InvalidInputException noScalar(String source, Fermion f, BigFraction needed) {
        return InvalidInputException.of(source, "mass term of " + f.name(), "needs a scalar with X = ±"
                        + Rationals.format(needed.abs()),
                "scalar charges consistent with the anomalon charges (P0 Sec. 2.2: X_1 + X_2 = ±X_S for a Dirac-like "
                        + "pair, 2X = ±X_S for a Majorana-like field); add such a scalar or fix the charges");
    }

    private static Optional<Scalar> scalarWithCharge(Model model, BigFraction charge) {
        return model.scalars().stream().filter(s -> s.chargeX().abs().equals(charge.abs())).findFirst();
    }

    private static boolean isMajoranaCandidate(Fermion f) {
        return f.hypercharge().signum() == 0 && f.su2Dimension() % 2 == 1 && f.su2Dimension() > 1
                && f.colourDimension() == 1;
    }

    /** Same n, same colour, opposite hypercharge once both are written left-handed. */
    private static boolean canPair(Fermion f, Fermion g) {
        return f.su2Dimension() == g.su2Dimension() && f.colourDimension() == g.colourDimension()
                && f.copies() == g.copies() && leftY(f).add(leftY(g)).signum() == 0;
    }

    /** X_1 + X_2 in left-handed notation: the charge the mass term needs from a scalar. */
    private static BigFraction pairCharge(Fermion f, Fermion g) {
        return leftX(f).add(leftX(g));
    }

    private static BigFraction leftX(Fermion f) {
        return f.chirality() == Chirality.L ? f.chargeX() : f.chargeX().negate();
    }

    private static BigFraction leftY(Fermion f) {
        return f.chirality() == Chirality.L ? f.hypercharge() : f.hypercharge().negate();
    }

    private static Optional<String> stem(String name) {
        if (name.length() > 2 && (name.endsWith("_L") || name.endsWith("_R"))) {
            return Optional.of(name.substring(0, name.length() - 2));
        }
        return Optional.empty();
    }
}
