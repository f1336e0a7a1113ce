package org.anomalon.fit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.histfactory.HistFactoryModel;
import org.anomalon.histfactory.LikelihoodFit;
import org.anomalon.histfactory.MeasurementConfig;
import org.anomalon.histfactory.Modifier;
import org.anomalon.histfactory.ParameterSetting;
import org.anomalon.histfactory.PoiFit;
import org.anomalon.histfactory.PoiInterval;
import org.anomalon.histfactory.ProfileLikelihood;
import org.anomalon.histfactory.Workspace;
import org.anomalon.inputs.DataTable;

/**
 * Belle II's public B⁺ → K⁺νν̄ likelihood (Phys. Rev. D 109 (2024) 112006, arXiv:2311.14647,
 * 362 fb⁻¹, inclusive and hadronic tagging combined: the pyhf workspace released with arXiv:2507.12393,
 * MIT licence) and the number densities that turn it into the likelihood of any B⁺ → K⁺ + invisible
 * signal (L. Gärtner et al., arXiv:2402.08417).
 *
 * <p>The workspace measures μ = B(B⁺ → K⁺νν̄)/B_SM (normfactor {@code mu} on the three signal
 * samples). A number density {@code map[b][j]} is the expected number of reconstructed SM signal
 * events in analysis bin b whose generated q² lies in column j (j = 0: q² &lt; 0, outside the
 * physical range; j = 1…100: equal bins of width {@value #COLUMN_WIDTH_GEV2} GeV² on [0, 22.885] GeV²);
 * the SM branching fraction in each column (Belle II's "null" spectrum, integrated per column) turns
 * it into an efficiency map. A two-body decay B⁺ → K⁺X fixes q² = m_X², so its signal is the column
 * j(m_X) = 1 + ⌊m_X²/{@value #COLUMN_WIDTH_GEV2} GeV²⌋ (see {@link TwoBodyLikelihood}).
 */
public final class BelleTwoWorkspace {
    /** The parameter of interest of the published workspace: the SM signal strength. */
    public static final String SIGNAL_STRENGTH = "mu";
    /** Width of a generated-q² column of the number densities. */
    public static final double COLUMN_WIDTH_GEV2 = 0.22885;
    /** The generated-q² range of the number densities ends at 22.885 GeV² ≈ (m_B − m_K)². */
    public static final double MAX_Q2_GEV2 = 22.885;
    static final String DIRECTORY = "org/anomalon/fit/belle2_knunu/";
    static final String WORKSPACE = DIRECTORY + "combined_likelihood.json";
    static final String STORED_LIMITS = DIRECTORY + "derived_upper_limit90_per_q2_column.csv";
    static final int COLUMNS = 100;

    /** A signal sample of the workspace with its number density. */
    record Template(String channel, String sample, double[][] map) {
    }

    private static final class Holder {
        static final BelleTwoWorkspace INSTANCE = new BelleTwoWorkspace();
    }

    private final Workspace workspace;
    private final List<Template> templates;
    private final double[] smPerColumn;
    private volatile NullHypothesis nullHypothesis;
    /** The two-body likelihood of each generated-q² column (index 0 unused), built on first use. */
    private final TwoBodyLikelihood.Column[] twoBodyColumns = new TwoBodyLikelihood.Column[COLUMNS + 1];

    /** The fit with B_X = 0 (the same at every m_X): a warm start for every two-body fit, and q(0). */
    private record NullHypothesis(Map<String, Double> parameters, double minusTwoLogLikelihood) {
    }

    private BelleTwoWorkspace() {
        workspace = Workspace.readResource(WORKSPACE);
        templates = List.of(
                template("A__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomSR_Y4S", "signal",
                        "number_density_ita_regA.csv"),
                template("B__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomCR_Y4S", "signal",
                        "number_density_ita_regB.csv"),
                template("sgn1_had", "sgn_1_had", "number_density_hta.csv"));
        double[][] table = DataTable.readNumbersResource(DIRECTORY + "derived_sm_null_BR_per_q2_column.csv");
        smPerColumn = new double[COLUMNS + 1];
        for (double[] row : table) {
            smPerColumn[(int) row[0]] = row[3];
        }
    }

    /** The bundled material, read once. */
    public static BelleTwoWorkspace load() {
        return Holder.INSTANCE;
    }

    /** The published workspace as read. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The fit of the SM signal strength μ (Belle II's own fit): best fit, 68.3% profile-likelihood
     * interval (q = 1), its split into statistics and systematics, and the significances √q(0) and
     * √q(1).
     *
     * <p>Statistics only: every nuisance parameter frozen at its best-fit value except the
     * background normalisations (the normsys parameters of samples without μ: {@code mu_bkg_*},
     * {@code norm_*bar_1_had}) and the per-bin γ, which the data fix as they fix μ; the workspace does
     * not define the split, this is the choice that reproduces the published 1.0 (stat) and 0.9
     * (syst). Systematics: the quadratic difference, side by side.
     */
    public SignalStrengthFit signalStrengthFit() {
        ProfileLikelihood profile = ProfileLikelihood.of(HistFactoryModel.of(workspace));
        PoiFit total = PoiFit.of(profile, workspace.measurements().get(0).name());
        Set<String> backgroundNormalisations = backgroundNormalisations();
        ProfileLikelihood statistical = profile.frozenAt(total.best(), p -> backgroundNormalisations.contains(p.name()), false);
        LikelihoodFit statisticalBest = statistical.bestFit(total.best().parameters());
        PoiInterval stat = statistical.interval(statisticalBest, 1);
        double above = total.errorAbove();
        double below = total.errorBelow();
        double statAbove = stat.upper() - statisticalBest.poi();
        double statBelow = statisticalBest.poi() - stat.lower();
        return new SignalStrengthFit(total.value(), above, below, statAbove, statBelow, quadratureDifference(above, statAbove),
                quadratureDifference(below, statBelow), total.significance().orElseThrow(),
                total.significanceVsNominal().orElseThrow());
    }

    /**
     * The likelihood of the SM signal plus a two-body B⁺ → K⁺X at m_X, as a function of
     * B_X = B(B⁺ → K⁺X) × P_unseen.
     *
     * @throws InvalidInputException if m_X² lies outside the generated-q² range [0, 22.885) GeV²
     */
    public TwoBodyLikelihood twoBody(double massX_GeV) {
        requireMass(massX_GeV);
        return new TwoBodyLikelihood(massX_GeV, twoBodyColumn(column(massX_GeV)));
    }

    /** The model-independent part of the two-body likelihood of a column, built once (and its fits made once). */
    private TwoBodyLikelihood.Column twoBodyColumn(int column) {
        synchronized (twoBodyColumns) {
            TwoBodyLikelihood.Column known = twoBodyColumns[column];
            if (known != null) {
                return known;
            }
        }
        HistFactoryModel model = twoBodyModel(column);
        NullHypothesis sm = nullHypothesis(model);
        double[] start = model.initialValues();
        for (int p = 0; p < start.length; p++) {
            start[p] = sm.parameters().getOrDefault(model.parameters().get(p).name(), start[p]);
        }
        TwoBodyLikelihood.Column built = new TwoBodyLikelihood.Column(column, model, expectedYieldPerBranchingRatio(column),
                start, sm.minusTwoLogLikelihood());
        synchronized (twoBodyColumns) {
            if (twoBodyColumns[column] == null) {
                twoBodyColumns[column] = built;
            }
            return twoBodyColumns[column];
        }
    }

    /** @throws InvalidInputException (about m_X) if m_X² lies outside the generated-q² range [0, 22.885) GeV² */
    public static void requireMass(double massX_GeV) {
        if (!covers(massX_GeV)) {
            throw InvalidInputException.of(Parameter.MASS_X, massX_GeV + " GeV", String.format(Locale.ROOT,
                    "0 <= m_X < %.4f GeV: q^2 = m_X^2 must lie in [0, %.3f) GeV^2, the generated-q^2 range of "
                            + "Belle II's number densities", Math.sqrt(MAX_Q2_GEV2), MAX_Q2_GEV2));
        }
    }

    /** Whether m_X lies in the number densities' range: 0 ≤ m_X² &lt; 22.885 GeV². */
    public static boolean covers(double massX_GeV) {
        return massX_GeV >= 0 && massX_GeV * massX_GeV < MAX_Q2_GEV2;
    }

    /**
     * The 90% CL upper limit on B(B⁺ → K⁺X) × P_unseen at m_X ({@link TwoBodyLikelihood#upperLimit},
     * one-sided profile likelihood), NaN outside the number densities' range or where they have no
     * signal. The likelihood is the same for every m_X in one generated-q² column, so the limit is a
     * step function of m_X with 100 values; they are computed once, by
     * {@link #computedUpperLimit90(int)}, and shipped in {@value #STORED_LIMITS} (BelleTwoWorkspaceTest
     * recomputes every column and requires agreement to 1e-9), so that the limits need neither the
     * workspace nor 100 profile-likelihood fits (≈ 3 s of CPU) at every start.
     */
    public static double upperLimit90(double massX_GeV) {
        return covers(massX_GeV) ? StoredLimits.BY_COLUMN[column(massX_GeV)] : Double.NaN;
    }

    /** {@link #upperLimit90} at every mass. */
    public static double[] upperLimits90(double[] masses_GeV) {
        return Arrays.stream(masses_GeV).map(BelleTwoWorkspace::upperLimit90).toArray();
    }

    /**
     * The 90% CL upper limit on B_X in a generated-q² column (1…100) computed from the workspace
     * (NaN where the number densities have no signal): what {@value #STORED_LIMITS} stores.
     */
    public double computedUpperLimit90(int column) {
        if (!(expectedYieldPerBranchingRatio(column) > 0)) {
            return Double.NaN;
        }
        return twoBody(Math.sqrt((column - 0.5) * COLUMN_WIDTH_GEV2)).upperLimit(0.90);
    }

    /** The stored limits per column (index 0 unused), read on first use without the workspace. */
    private static final class StoredLimits {
        static final double[] BY_COLUMN = read();

        private static double[] read() {
            double[] byColumn = new double[COLUMNS + 1];
            Arrays.fill(byColumn, Double.NaN);
            double[][] table = DataTable.readNumbersResource(STORED_LIMITS);
            if (table.length != COLUMNS) {
                throw new IllegalStateException(STORED_LIMITS + ": " + table.length + " rows, expected " + COLUMNS);
            }
            for (double[] row : table) {
                byColumn[(int) row[0]] = row[3];
            }
            return byColumn;
        }
    }

    private static int column(double massX_GeV) {
        // min: m_X² just below 22.885 GeV² may round to the end of the last column
        return Math.min(COLUMNS, 1 + (int) Math.floor(massX_GeV * massX_GeV / COLUMN_WIDTH_GEV2));
    }

    private NullHypothesis nullHypothesis(HistFactoryModel anyMass) {
        NullHypothesis known = nullHypothesis;
        if (known == null) {
            LikelihoodFit fit = ProfileLikelihood.of(anyMass).profile(0);
            Map<String, Double> values = new HashMap<>();
            for (int p = 0; p < anyMass.parameterCount(); p++) {
                values.put(anyMass.parameters().get(p).name(), fit.parameters()[p]);
            }
            known = new NullHypothesis(Map.copyOf(values), fit.minusTwoLogLikelihood());
            nullHypothesis = known;
        }
        return known;
    }

    private HistFactoryModel twoBodyModel(int column) {
        Workspace reweighted = workspace;
        for (Template template : templates) {
            reweighted = reweighted.withModifier(template.channel(), template.sample(),
                    twoBodyFactor(template.map(), column));
        }
        MeasurementConfig published = workspace.measurements().get(0);
        reweighted = reweighted.withMeasurement(new MeasurementConfig(published.name() + " + two-body X",
                TwoBodyLikelihood.PARAMETER, List.of(ParameterSetting.fixedAt(SIGNAL_STRENGTH, 1),
                ParameterSetting.bounded(TwoBodyLikelihood.PARAMETER, 0, TwoBodyLikelihood.MAX_BRANCHING_RATIO, 0))));
        return HistFactoryModel.of(reweighted, published.name() + " + two-body X");
    }

    /**
     * redist's reweighting (arXiv:2402.08417 Sec. 3) for alt = SM + X: the signal sample of bin b
     * is multiplied by f_b = Σ_j map[b][j] w_j / Σ_j map[b][j] with w_j = 1 + B_X δ_{j, j(m_X)}/B_SM,j,
     * i.e. f_b = 1 + B_X map[b][j]/(B_SM,j N_b), N_b = Σ_j map[b][j].
     */
    private Modifier.BinFactor twoBodyFactor(double[][] map, int column) {
        double[] offset = new double[map.length];
        double[] slope = new double[map.length];
        for (int b = 0; b < map.length; b++) {
            double rowSum = 0;
            for (double events : map[b]) {
                rowSum += events;
            }
            offset[b] = 1;
            slope[b] = map[b][column] > 0 ? map[b][column] / (smPerColumn[column] * rowSum) : 0;
        }
        return new Modifier.BinFactor(TwoBodyLikelihood.PARAMETER, offset, slope);
    }

    /** Σ_b ε_b: reconstructed X events (all analysis bins) per unit B_X at the nominal parameters. */
    private double expectedYieldPerBranchingRatio(int column) {
        double sum = 0;
        for (Template template : templates) {
            for (double[] row : template.map()) {
                sum += row[column] / smPerColumn[column];
            }
        }
        return sum;
    }

    private Set<String> backgroundNormalisations() {
        Set<String> onSignal = new HashSet<>();
        Set<String> normalisations = new HashSet<>();
        for (Workspace.Channel channel : workspace.channels()) {
            for (Workspace.Sample sample : channel.samples()) {
                boolean signal = sample.modifiers().stream().anyMatch(m -> m.name().equals(SIGNAL_STRENGTH));
                for (Modifier modifier : sample.modifiers()) {
                    if (modifier instanceof Modifier.NormSys) {
                        (signal ? onSignal : normalisations).add(modifier.name());
                    }
                }
            }
        }
        normalisations.removeAll(onSignal);
        return normalisations;
    }

    private Template template(String channel, String sample, String file) {
        double[][] map = DataTable.readNumbersResource(DIRECTORY + file);
        double[] nominal = workspace.channel(channel).sample(sample, workspace.source()).nominal();
        if (map.length != nominal.length) {
            throw new IllegalStateException(file + ": " + map.length + " rows for " + nominal.length + " bins of " + channel);
        }
        for (int b = 0; b < map.length; b++) {
            if (map[b].length != COLUMNS + 1) {
                throw new IllegalStateException(file + ": row " + b + " has " + map[b].length + " columns, expected " + (COLUMNS + 1));
            }
        }
        return new Template(channel, sample, map);
    }

    private static double quadratureDifference(double total, double part) {
        return Math.sqrt(Math.max(0, total * total - part * part));
    }
}
