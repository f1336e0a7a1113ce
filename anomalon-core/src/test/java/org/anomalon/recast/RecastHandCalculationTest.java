package org.anomalon.recast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.Exclusion;
import org.anomalon.model.BuiltinModels;
import org.anomalon.observables.xdecay.Flavour;
import org.anomalon.observables.xdecay.ModelCouplings;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * Recasts into B − L and L_μ − L_τ against the hand calculation g = g₁ √(BR₁ / (BR₀ R)) of
 * arXiv:1801.04847 eq. 2.2 for searches counting every decay (t0 = 0, t1 = ∞).
 */
class RecastHandCalculationTest {
    private static final Inputs INPUTS = Inputs.defaults();
    private static final RecastDatabase DARKCAST = RecastDatabase.darkCast();
    private static final Map<RecastLimit.LimitModel, RecastModel> LIMIT_MODELS = RecastModels.limitModels(INPUTS);
    private static final double E2 = 4 * Math.PI * INPUTS.value("alpha_0");

    private static Exclusion recast(String model, String limitId, double mass) {
        RecastModel target = RecastModels.of(BuiltinModels.load(model), INPUTS);
        Recaster recaster = new Recaster(target, LIMIT_MODELS, INPUTS.value("hbar"));
        return recaster.recast(List.of(DARKCAST.find(limitId)), new double[] {mass}).get(0).exclusion(0);
    }

    private static double bound(String limitId, double mass) {
        return ((Bounds.Lower) DARKCAST.find(limitId).readBounds()).lower().at(mass);
    }

    /** Γ(f f̄)/(m/12π) for a vector coupling 1 (arXiv:1801.04847 eq. 2.13). */
    private static double pair(double massF, double m) {
        double r = massF * massF / (m * m);
        return (1 + 2 * r) * Math.sqrt(1 - 4 * r);
    }

    @Test
    void bMinusLFromAnElectronBremsstrahlungSearchBelowTheHadrons() {
        // A1 (e_brem, X -> e e) at 0.1 GeV: B-L decays to e e and three Dirac neutrinos, the dark photon to e e only
        double m = 0.1;
        double ee = pair(INPUTS.mass("e-"), m);
        double brBMinusL = ee / (ee + 3);
        double production = 1 / E2;                       // x_e^2 (B-L) / x_e^2 (dark photon) = 1/e^2
        double expected = bound("A1_Merkel2014avp", m) * Math.sqrt(1 / (brBMinusL * production));
        Exclusion exclusion = recast("b-minus-l", "A1_Merkel2014avp", m);
        assertThat(exclusion.size()).isEqualTo(1);
        assertThat(exclusion.low(0)).isCloseTo(expected, Percentage.withPercentage(1e-6));
        assertThat(exclusion.high(0)).isInfinite();
    }

    @Test
    void bMinusLFromANeutralPionSearch() {
        // NA48/2 (pi0 -> gamma X, X -> e e; t1 = 1 m/(gamma c) is prompt for both models): meson-decay production
        // |t_rho c_rho BW_rho + t_omega c_omega BW_omega|^2 with c_rho = (x_u - x_d)/2 = 0 for B-L: omega only
        double m = 0.05;
        double ee = pair(INPUTS.mass("e-"), m);
        double brBMinusL = ee / (ee + 3);
        Mechanism pi0Gamma = Mechanism.parse("pi0_gamma", "test");
        double production = pi0Gamma.sigma(m, ModelCouplings.of(BuiltinModels.load("b-minus-l"), INPUTS).at(m))
                / pi0Gamma.sigma(m, LIMIT_MODELS.get(RecastLimit.LimitModel.DARK_PHOTON).couplings(m));
        double[] omega = BreitWigner.OMEGA.runningWidth(m);
        double[] rho = BreitWigner.RHO0.runningWidth(m);
        double e = Math.sqrt(E2);
        // dark photon: c_rho = e/2, c_omega = e/6; B-L: c_omega = 1/3; t_rho = 1/12, t_omega = 1/4
        double dpRe = e / 24 * rho[0] + e / 24 * omega[0];
        double dpIm = e / 24 * rho[1] + e / 24 * omega[1];
        double byHand = (Math.pow(omega[0] / 12, 2) + Math.pow(omega[1] / 12, 2)) / (dpRe * dpRe + dpIm * dpIm);
        assertThat(production).isCloseTo(byHand, Percentage.withPercentage(1e-10));
        Exclusion exclusion = recast("b-minus-l", "NA48_Batley2015lha", m);
        // the window is prompt for both couplings: the efficiency ratio is 1 to ~1e-6 at these lifetimes
        assertThat(exclusion.low(0)).isCloseTo(bound("NA48_Batley2015lha", m) * Math.sqrt(1 / (brBMinusL * production)),
                Percentage.withPercentage(1e-4));
    }

    @Test
    void lMuMinusLTauFromTheLoopMixingAndFromMuons() {
        ModelCouplings couplings = ModelCouplings.of(BuiltinModels.load("lmu-minus-ltau"), INPUTS);
        // A1 at 0.1 GeV: only the loop mixing couples X to electrons, v_e = -eps(m); nu_mu, nu_tau left-handed (m/24pi each)
        double m = 0.1;
        double epsilon = couplings.kineticMixing(m);
        assertThat(couplings.at(m).vector(Flavour.E)).isCloseTo(-epsilon, Percentage.withPercentage(1e-12));
        double ee = epsilon * epsilon * pair(INPUTS.mass("e-"), m);
        double brElectrons = ee / (ee + 2 * 0.5);
        double expected = bound("A1_Merkel2014avp", m) * Math.sqrt(E2 / (brElectrons * epsilon * epsilon));
        assertThat(recast("lmu-minus-ltau", "A1_Merkel2014avp", m).low(0)).isCloseTo(expected, Percentage.withPercentage(1e-6));

        // BaBar mu mu (e+e- -> gamma X, X -> mu mu) at 1.5 GeV: production eps^2/e^2, BRs from the widths of both models
        m = 1.5;
        epsilon = couplings.kineticMixing(m);
        Set<DecayState> muons = Set.of(DecayState.MU_MU);
        double br0 = RecastModels.of(BuiltinModels.load("lmu-minus-ltau"), INPUTS).widths(m).branchingRatio(muons);
        double br1 = LIMIT_MODELS.get(RecastLimit.LimitModel.DARK_PHOTON).widths(m).branchingRatio(muons);
        // the mixing shifts every charged fermion: v_mu = 1 - eps (DarkCast leaves mu and tau unshifted)
        double mu = (1 - epsilon) * (1 - epsilon) * pair(INPUTS.mass("mu-"), m);
        double electrons = epsilon * epsilon * pair(INPUTS.mass("e-"), m);
        assertThat(br0).isCloseTo(mu / (mu + electrons + 1 + hadronsOverUnit(couplings, m)), Percentage.withPercentage(1e-9));
        expected = bound("BaBar_TheBABAR2016rlg", m) * Math.sqrt(br1 * E2 / (br0 * epsilon * epsilon));
        assertThat(recast("lmu-minus-ltau", "BaBar_TheBABAR2016rlg", m).low(0)).isCloseTo(expected, Percentage.withPercentage(1e-6));
    }

    /** The hadronic width of L_mu - L_tau in units of m/(12 pi): it couples to quarks only through eps Q. */
    private static double hadronsOverUnit(ModelCouplings couplings, double m) {
        return RecastModels.of(BuiltinModels.load("lmu-minus-ltau"), INPUTS).widths(m).width(DecayState.HADRONS) / (m / (12 * Math.PI));
    }

    @Test
    void darkCastsCouplingModelsRecastAndRespectTheValidityOfEachLimit() {
        RecastModel protophobic = RecastModels.darkCastCouplings("protophobic", INPUTS);
        Recaster recaster = new Recaster(protophobic, LIMIT_MODELS, INPUTS.value("hbar"));
        // NA48/2 pi0 -> gamma X: a protophobic X has c_rho = (x_u - x_d)/2 = -1/2 and c_omega = 1/6; produced, not excluded-free
        assertThat(recaster.recast(List.of(DARKCAST.find("NA48_Batley2015lha")), new double[] {0.05}).get(0).exclusion(0).size()).isEqualTo(1);
        // the (g - 2) limits hold for vector couplings only: not recast into the axial model
        RecastModel axial = RecastModels.darkCastCouplings("axial", INPUTS);
        RecastCurve amm = new Recaster(axial, LIMIT_MODELS, INPUTS.value("hbar"))
                .recast(List.of(DARKCAST.find("AMMmu_Bodas2021fsy")), new double[] {0.05}).get(0);
        assertThat(amm.exclusion(0)).isNull();
        assertThat(amm.notes()).anyMatch(note -> note.contains("valid for vector couplings only"));
    }
}
