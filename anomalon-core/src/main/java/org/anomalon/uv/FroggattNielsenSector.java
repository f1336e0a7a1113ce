package org.anomalon.uv;

import java.util.Optional;
import org.anomalon.model.Fermion;
import org.anomalon.model.Model;
import org.anomalon.model.Scalar;
import org.anomalon.model.SmField;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A Froggatt–Nielsen mass for a charged lepton with chiral U(1)_X charges (P2 Sec. IV): a vector-like
 * mediator E with a charge −1 component links ℓ_L and e_R through two renormalizable Yukawa terms, one
 * with the Higgs and one with a breaking scalar S:
 * E a singlet (Y = −1): y_L ℓ̄ E_R H + y_R Ē_L e_R S (P2 eq. 46, L = −4R model, S = S_5);
 * E a doublet (Y = −1/2): y_L ℓ̄ E_R S + y_R Ē_L H e_R (P2 eq. 40, L-only model).
 * Either way m_τ ≈ (y_L y_R/2) v V_S/M (P2 eqs. 42, 54).
 *
 * @param generation         the lepton generation with chiral charges (3 for τ)
 * @param mediator           the vector-like pair E
 * @param leftEntryScalar    scalar in the (e_L, E_R) entry; empty means the Higgs
 * @param rightEntryScalar   scalar in the (E_L, e_R) entry; empty means the Higgs
 * @param chargeLeftLepton   X of ℓ_L
 * @param chargeRightLepton  X of e_R
 */
public record FroggattNielsenSector(int generation, UvFieldContent.VectorLikePair mediator,
                                    Optional<Scalar> leftEntryScalar, Optional<Scalar> rightEntryScalar,
                                    BigFraction chargeLeftLepton, BigFraction chargeRightLepton) {

    /** The FN sector of {@code model}, if it has a chiral lepton generation and a mediator that can link it. */
    public static Optional<FroggattNielsenSector> find(Model model, UvFieldContent content) {
        for (int generation = SmField.GENERATIONS; generation >= 1; generation--) {
            BigFraction xl = model.charge(SmField.L, generation);
            BigFraction xe = model.charge(SmField.E, generation);
            if (xl.equals(xe)) {
                continue;
            }
            for (UvFieldContent.VectorLikePair pair : content.vectorLike()) {
                Optional<FroggattNielsenSector> sector = link(model, generation, pair, xl, xe);
                if (sector.isPresent()) {
                    return sector;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FroggattNielsenSector> link(Model model, int generation, UvFieldContent.VectorLikePair pair,
                                                        BigFraction xl, BigFraction xe) {
        Fermion left = pair.left();
        Fermion right = pair.right();
        if (left.colourDimension() != 1) {
            return Optional.empty();
        }
        boolean singlet = left.su2Dimension() == 1 && left.hypercharge().equals(BigFraction.of(-1));
        boolean doublet = left.su2Dimension() == 2 && left.hypercharge().equals(BigFraction.of(-1, 2));
        if (!singlet && !doublet) {
            return Optional.empty();
        }
        // Singlet E: ℓ̄ E_R needs the Higgs (charge 0), Ē_L e_R a singlet scalar; doublet E the other way round.
        BigFraction leftNeeded = xl.subtract(right.chargeX());
        BigFraction rightNeeded = left.chargeX().subtract(xe);
        Optional<Optional<Scalar>> leftScalar = entryScalar(model, leftNeeded, singlet);
        Optional<Optional<Scalar>> rightScalar = entryScalar(model, rightNeeded, doublet);
        if (leftScalar.isEmpty() || rightScalar.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FroggattNielsenSector(generation, pair, leftScalar.get(), rightScalar.get(), xl, xe));
    }

    /** Optional.of(empty) = Higgs entry, Optional.of(S) = scalar entry, empty = forbidden. */
    private static Optional<Optional<Scalar>> entryScalar(Model model, BigFraction neededCharge, boolean higgs) {
        if (higgs) {
            return neededCharge.signum() == 0 ? Optional.of(Optional.empty()) : Optional.empty();
        }
        return model.scalars().stream().filter(s -> s.chargeX().abs().equals(neededCharge.abs()))
                .findFirst().map(Optional::of);
    }

    /** The U(1)_X scalar of the sector (the one whose VEV V enters m_τ ≈ (y_L y_R/2) v V/M). */
    public Scalar breakingScalar() {
        return leftEntryScalar.or(() -> rightEntryScalar).orElseThrow();
    }

    /** Mass matrix of P2 eq. (47) for Higgs VEV v, scalar VEV V, couplings y_L, y_R and bare mass M. */
    public TauMassMatrix massMatrix(double higgsVev_GeV, double scalarVev_GeV, double yukawaLeft, double yukawaRight,
                                    double bareMass_GeV) {
        return new TauMassMatrix(entryLeft(higgsVev_GeV, scalarVev_GeV, yukawaLeft),
                entryRight(higgsVev_GeV, scalarVev_GeV, yukawaRight), bareMass_GeV);
    }

    /** The mass matrix whose light state has the measured mass {@code tauMass_GeV} (solves for M). */
    public TauMassMatrix massMatrixForTauMass(double higgsVev_GeV, double scalarVev_GeV, double yukawaLeft,
                                              double yukawaRight, double tauMass_GeV) {
        return TauMassMatrix.withTauMass(entryLeft(higgsVev_GeV, scalarVev_GeV, yukawaLeft),
                entryRight(higgsVev_GeV, scalarVev_GeV, yukawaRight), tauMass_GeV);
    }

    private double entryLeft(double higgsVev, double scalarVev, double yukawa) {
        return yukawa * (leftEntryScalar.isPresent() ? scalarVev : higgsVev) / Math.sqrt(2.0);
    }

    private double entryRight(double higgsVev, double scalarVev, double yukawa) {
        return yukawa * (rightEntryScalar.isPresent() ? scalarVev : higgsVev) / Math.sqrt(2.0);
    }

    /** Effective IR charge of τ_L: X(ℓ) cos²θ_L + X(E_L) sin²θ_L (P2 eqs. 52, 57). */
    public double effectiveChargeLeft(TauMassMatrix matrix) {
        return mix(chargeLeftLepton, mediator.left().chargeX(), matrix.thetaLeft());
    }

    /** Effective IR charge of τ_R: X(e_R) cos²θ_R + X(E_R) sin²θ_R; = −1 + 5 sin²θ_R for L = −4R (P2 eq. 57). */
    public double effectiveChargeRight(TauMassMatrix matrix) {
        return mix(chargeRightLepton, mediator.right().chargeX(), matrix.thetaRight());
    }

    private static double mix(BigFraction lightCharge, BigFraction heavyCharge, double theta) {
        double sin2 = Math.sin(theta) * Math.sin(theta);
        return lightCharge.doubleValue() * (1.0 - sin2) + heavyCharge.doubleValue() * sin2;
    }
}
