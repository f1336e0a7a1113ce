package org.anomalon.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.PhysicsException;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.eft.BelleTwoCouplings;
import org.anomalon.eft.EffectiveCouplings;
import org.anomalon.eft.WessZuminoCouplings;
import org.anomalon.fit.BelleTwoWorkspace;
import org.anomalon.fit.BelleTwoWorkspaceLimit;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.CouplingProfile;
import org.anomalon.fit.TheoryBand;
import org.anomalon.fit.TwoBodyLikelihood;
import org.anomalon.fit.WorkspaceFit;
import org.anomalon.histfactory.HistFactoryModel;
import org.anomalon.histfactory.MeasurementConfig;
import org.anomalon.histfactory.PoiFit;
import org.anomalon.histfactory.ProfileLikelihood;
import org.anomalon.histfactory.Workspace;
import org.anomalon.inputs.EwScheme;
import org.anomalon.inputs.TopMassScheme;
import org.anomalon.limits.Exclusion;
import org.anomalon.limits.MassGrid;
import org.anomalon.fit.AnomalyObservables;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Interval;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.MeasurementSet;
import org.anomalon.fit.ModelFit;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelLine;
import org.anomalon.gminus2.Lepton;
import org.anomalon.gminus2.MagneticMoments;
import org.anomalon.gminus2.MomentConstraint;
import org.anomalon.gminus2.MomentConstraints;
import org.anomalon.fit.Observable;
import org.anomalon.fit.SignalStrengthFit;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.DetectorAssumption;
import org.anomalon.limits.EscapeModel;
import org.anomalon.limits.Exclusion;
import org.anomalon.limits.LimitCalculator;
import org.anomalon.limits.MissingEnergyView;
import org.anomalon.limits.ModelSignals;
import org.anomalon.limits.Quantity;
import org.anomalon.limits.UvLines;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import org.anomalon.model.Rationals;
import org.anomalon.model.SmField;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.observables.DecayRates;
import org.anomalon.observables.xdecay.ModelCouplings;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.recast.RecastCurve;
import org.anomalon.recast.RecastDatabase;
import org.anomalon.recast.RecastLimit;
import org.anomalon.recast.RecastModels;
import org.anomalon.recast.Recaster;
import org.anomalon.spectra.AnomalonSearch;
import org.anomalon.spectra.ChiralTauClassification;
import org.anomalon.spectra.SearchBounds;
import org.anomalon.spectra.SelectionCriteria;
import org.anomalon.spectra.SpectrumAssessment;
import org.anomalon.triangle.SmithTait;
import org.anomalon.triangle.StContribution;
import org.anomalon.uv.SingletCompletion;
import org.anomalon.uv.UvAnalysis;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The study of one model: the one entry point through which the command line, the report, the web
 * explorer and a Java program get the same answer. Built from a {@link Model} and
 * {@link StudyOptions} (inputs and EW scheme, Smith–Tait rule, X_S, likelihood), it offers each step
 * of the study as an immutable result:
 *
 * <ul>
 *   <li>{@link #anomalies()}: the exact anomaly algebra;</li>
 *   <li>{@link #spectra()}: minimal anomalon spectra (P0 Sec. 2, P2 Sec. III C);</li>
 *   <li>{@link #rates(Point)}: couplings, the twelve channels, how X decays and (g − 2)_{e,μ} at (m_X, g_X);</li>
 *   <li>{@link #limits(LimitsRequest)}: 90% CL limits on g_X versus m_X with the UV lines;</li>
 *   <li>{@link #fit(FitRequest)}: the fit to the B → K E_miss excess, with and without Z → γX;</li>
 *   <li>{@link #uv(UvAnalysis.Request)}: the UV side (P0 Sec. 4, P2 Secs. III–IV).</li>
 * </ul>
 *
 * <p>Every physics decision lives here or below, made once for all of them: the Smith–Tait rule
 * ({@link StContribution#decide}), the invisible fraction of X in the fit, the breaking charge X_S
 * (the user's, else the model's scalar, else the minimal anomalon spectrum). Immutable and safe
 * to share between threads.
 */
public final class ModelStudy {
    /** The channel of Belle II's measurement. */
    private static final Channel B_TO_K_X = Channel.B_PLUS_TO_K_PLUS;
    /** The model lines of P0 Fig. 2 (left). */
    public static final List<String> PAPER_PLANE_MODELS = List.of("chiral-tau-l-only", "chiral-tau-l-minus-4r", "tau-flavour");
    /** Most parameters (besides the per-bin γ) a user's workspace may have: bounded time and memory of the fit. */
    private static final int MAX_WORKSPACE_PARAMETERS = 500;
    /** Largest SU(2) dimension of the vector-current spectra ("all multiplet dimensions up to 50"). */
    private static final int SPECTRA_MAX_DIMENSION = 50;
    /** P2 scans 2 ≤ n ≤ 10 (P2 Sec. III C). */
    private static final int CHIRAL_MAX_DIMENSION = 10;

    private final Model model;
    private final StudyOptions options;
    private final AnomalyAnalysis anomalies;
    private Optional<BreakingCharge> breakingCharge;

    private ModelStudy(Model model, StudyOptions options) {
        this.model = model;
        this.options = options;
        this.anomalies = AnomalyAnalysis.of(model);
    }

    /** The study of {@code model} with {@link StudyOptions#defaults()}. */
    public static ModelStudy of(Model model) {
        return of(model, StudyOptions.defaults());
    }

    public static ModelStudy of(Model model, StudyOptions options) {
        return new ModelStudy(model, options);
    }

    public Model model() {
        return model;
    }

    public StudyOptions options() {
        return options;
    }

    public Inputs inputs() {
        return options.inputs();
    }

    /** The exact anomaly algebra of the model. */
    public AnomalyAnalysis anomalies() {
        return anomalies;
    }

    /**
     * The Smith–Tait rule applied to this model, the same for rates, limits and the fit.
     *
     * @throws PhysicsException when ST is requested for a chiral current
     */
    public StContribution.Decision smithTait() {
        return options.smithTait().decide(model);
    }

    /** X_S for v_X = m_X/(X_S g_X): the user's, else the model's ({@link BreakingCharge#of}), if any. */
    public synchronized Optional<BreakingCharge> breakingCharge() {
        if (breakingCharge == null) {
            breakingCharge = options.breakingCharge().or(() -> BreakingCharge.of(model));
        }
        return breakingCharge;
    }

    // ---- rates ----

    /** Couplings, the twelve channels and the X decays at (m_X, g_X). */
    public RatesResult rates(Point point) {
        return rates(RatesRequest.at(point));
    }

    /**
     * @throws PhysicsException when a channel asked for by name is closed at m_X, or ST is requested
     *                          for a chiral current
     */
    public RatesResult rates(RatesRequest request) {
        Point point = request.point();
        Inputs inputs = inputs();
        WessZuminoCouplings wessZumino = WessZuminoCouplings.forInputs(inputs);
        SmithTaitChoice smithTait = smithTaitAt(point, wessZumino);
        // Amplitudes add: P0's Wess-Zumino couplings plus, when included, the ST contribution.
        EffectiveCouplings couplings = wessZumino.of(anomalies, point.couplingX()).plus(smithTait.couplings());
        XDecays decays = xDecays(point);
        Map<Channel, ChannelPrediction> predictions = DecayRates.forInputs(inputs).predictAll(couplings, point.massX_GeV());
        RatesResult result = new RatesResult(anomalies, inputs, point, couplings,
                BelleTwoCouplings.of(couplings, inputs, point.massX_GeV()), predictions, request.channels(),
                decays, request.betaGamma(), smithTait,
                RatesWarnings.of(point, predictions, request.channels(), anomalonCharge()), missingEnergy(decays),
                magneticMoments(point));
        if (request.channelsNamed()) {
            request.channels().forEach(channel -> result.prediction(channel).requireBranchingRatio());
        }
        return result;
    }

    /**
     * How every current missing-energy measurement that covers m_X sees X: its decay length there and
     * P_unseen, from the database's escape information.
     */
    private List<MissingEnergyView> missingEnergy(XDecays decays) {
        if (!decays.complete()) {
            return List.of();
        }
        return LimitsDatabase.load().entries().stream()
                .filter(entry -> !entry.isProjection() && entry.visible().isEmpty()
                        && !Double.isNaN(entry.upperLimit90(decays.massX_GeV())))
                .map(entry -> EscapeModel.of(entry, Optional.empty(), inputs()))
                .filter(escape -> escape.open(decays.massX_GeV()))
                .map(escape -> MissingEnergyView.of(escape, decays)).toList();
    }

    /**
     * X_S for the anomalons of an anomalous model (its SM traces do not vanish): the study's
     * {@link #breakingCharge()}, else X_S = 1 as P0 writes m_Psi = y m_X/g_X; empty for an
     * anomaly-free current, which needs no anomalons.
     */
    private OptionalDouble anomalonCharge() {
        if (!anomalies.needsAnomalons()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(breakingCharge().map(BreakingCharge::value).orElse(1.0));
    }

    private SmithTaitChoice smithTaitAt(Point point, WessZuminoCouplings wessZumino) {
        StContribution.Decision decision = smithTait();
        if (!decision.included()) {
            return new SmithTaitChoice(decision, Optional.empty(), EffectiveCouplings.none());
        }
        SmithTait triangles = SmithTait.of(model, point.massX_GeV(), inputs());
        return new SmithTaitChoice(decision, Optional.of(triangles), triangles.couplings(point.couplingX(), wessZumino));
    }

    /** The X contributions to (g − 2)_e and (g − 2)_μ at (m_X, g_X), kinetic mixing included. */
    public MagneticMoments magneticMoments(Point point) {
        return MagneticMoments.of(ModelCouplings.of(model, inputs()).at(point.massX_GeV()), point.massX_GeV(),
                point.couplingX(), inputs());
    }

    /** How X decays at (m_X, g_X). */
    public XDecays xDecays(Point point) {
        return XDecays.of(model, point.massX_GeV(), point.couplingX(), inputs());
    }

    /**
     * Whether the model gives B → K X at all, with the study's Smith–Tait rule: a non-zero b → s
     * coupling (P0 eq. 3.6, plus ST's with A_XWW → ΔA_XWW). It does not depend on m_X.
     */
    public boolean producesBToKX() {
        WessZuminoCouplings wessZumino = WessZuminoCouplings.forInputs(inputs());
        return wessZumino.of(anomalies, 1).plus(smithTaitAt(Point.of(1, 1), wessZumino).couplings()).gBs().norm() > 0;
    }

    // ---- limits ----

    /**
     * Limits of every selected database entry, their envelope and the UV lines (P0 Figs. 1, 3):
     * anomalon's branching-ratio limits at 90% CL, and the recast databases (DarkCast's limit set,
     * the user's) by the DarkCast method ({@link Recaster}), each at the CL of its search. The
     * recast limits are limits on g_X; with the quantity g_X |A_XWW| they are left out (and a note
     * says so).
     *
     * @throws InvalidInputException for an unknown entry id or database name
     */
    public LimitsResult limits(LimitsRequest request) {
        List<RecastDatabase> recastDatabases = new ArrayList<>();
        recastDatabases.add(RecastDatabase.darkCast());
        recastDatabases.addAll(request.userDatabases());
        Set<String> databases = selectedDatabases(request, recastDatabases);
        boolean workspace = usesWorkspaceLimit(request, databases);
        List<LimitEntry> entries = entries(request, databases, recastDatabases).stream()
                .filter(entry -> !(workspace && request.entryIds().isEmpty() && entry.id().equals(BelleTwoWorkspaceLimit.SUPERSEDES)))
                .toList();
        ModelSignals signals = signals();
        double traceXWW = anomalies.traceXWW().doubleValue();
        CouplingLimits own = LimitCalculator.compute(model.name(), signals, entries, escapes(request.detectors()), request.grid(),
                request.quantity(), traceXWW);
        double scale = request.quantity() == Quantity.GX_AXWW ? Math.abs(traceXWW) : 1;
        List<CouplingLimits.EntryLimit> all = new ArrayList<>(own.limits());
        List<String> notes = new ArrayList<>(own.notes());
        if (workspace) {
            all.add(workspaceLimit(signals, request.grid(), scale));
            notes.add("Belle II B+ -> K+ X: 90% CL limit from the experiment's own likelihood (entry " + BelleTwoWorkspaceLimit.ID
                    + "), which replaces the recast " + BelleTwoWorkspaceLimit.SUPERSEDES + " of the same data (ask for it with its id).");
        }
        List<RecastLimit> recast = recastLimits(request, databases, recastDatabases);
        if (!recast.isEmpty() && request.quantity() == Quantity.GX) {
            Recaster recaster = new Recaster(RecastModels.of(model, inputs()), RecastModels.limitModels(inputs()),
                    inputs().value("hbar"));
            for (RecastCurve curve : recaster.recast(recast, request.grid().masses())) {
                all.add(new CouplingLimits.EntryLimit(curve.limit(), curve.exclusions()));
                curve.notes().forEach(note -> notes.add(curve.limit().id() + ": " + note));
            }
            notes.add("Recast limits (" + String.join(", ", recast.stream().map(RecastLimit::database).distinct().toList())
                    + "): limits on the coupling of a dark photon or B-L boson translated into this model by the ratios of "
                    + "production, branching ratio and decay-time acceptance (DarkCast's method, arXiv:1801.04847; "
                    + "docs/recast.md); each keeps the CL of its search; beam dumps exclude bands of g_X.");
        } else if (!recast.isEmpty()) {
            notes.add("The recast databases give limits on g_X only; they are left out of g_X |A_XWW|.");
        }
        List<CouplingLimits.EntryLimit> moments = request.quantity() == Quantity.GX
                ? momentLimits(momentConstraints(request, databases), request.grid()) : List.of();
        if (!moments.isEmpty()) {
            all.addAll(moments);
            notes.add("(g-2): the one-loop X contribution at the model's vector and axial lepton couplings (docs/g-minus-2.md) "
                    + "against Delta a_mu and Delta a_e as DarkCast ships them (Bodas:2021fsy, 2021); the (g-2)_mu band is "
                    + "where X explains Delta a_mu within 2 sigma, not a limit.");
        }
        CouplingLimits limits = CouplingLimits.of(model.name(), request.quantity(), own.cl(), request.grid().masses(), all, notes);
        // UV lines are anomalon masses: none for a current the SM fields leave anomaly free, whatever X_S
        Optional<UvLines> uv = breakingCharge().filter(c -> scale > 0 && anomalies.needsAnomalons())
                .map(c -> UvLines.of(request.grid().masses(), c, scale));
        return new LimitsResult(limits, uv);
    }

    /** anomalon's (g − 2) constraints the request selects: all of them with its database, or those named. */
    private static List<MomentConstraint> momentConstraints(LimitsRequest request, Set<String> databases) {
        if (!databases.contains(LimitEntry.DATABASE)) {
            return List.of();
        }
        return request.entryIds()
                .map(ids -> ids.stream().map(id -> MomentConstraints.find(id.trim())).filter(java.util.Objects::nonNull).toList())
                .orElse(MomentConstraints.all());
    }

    /**
     * Each (g − 2) constraint on the grid: Δa_ℓ at g_X = 1 per mass, then the couplings in closed
     * form; left out for a lepton X does not couple to (not even through mixing).
     */
    private List<CouplingLimits.EntryLimit> momentLimits(List<MomentConstraint> constraints, MassGrid grid) {
        ModelCouplings couplings = ModelCouplings.of(model, inputs());
        Map<Lepton, double[]> unit = new java.util.EnumMap<>(Lepton.class);
        for (Lepton lepton : Lepton.values()) {
            double[] values = new double[grid.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = MagneticMoments.unitContribution(couplings.at(grid.mass(i)), lepton, grid.mass(i), inputs());
            }
            unit.put(lepton, values);
        }
        List<CouplingLimits.EntryLimit> limits = new ArrayList<>();
        for (MomentConstraint constraint : constraints) {
            double[] values = unit.get(constraint.lepton());
            if (java.util.Arrays.stream(values).allMatch(value -> value == 0)) {
                continue;
            }
            Exclusion[] exclusions = new Exclusion[values.length];
            for (int i = 0; i < values.length; i++) {
                exclusions[i] = values[i] == 0 ? null : constraint.couplings(values[i]);
            }
            limits.add(new CouplingLimits.EntryLimit(constraint, exclusions));
        }
        return limits;
    }

    /**
     * How each entry sees a visibly decaying X, with the user's stated detector assumptions
     * (docs/x-decays.md); an assumption naming an unknown entry is bad input.
     */
    private Function<LimitEntry, EscapeModel> escapes(List<DetectorAssumption> detectors) {
        Map<String, DetectorAssumption> byEntry = new HashMap<>();
        for (DetectorAssumption detector : detectors) {
            // validated here: the entry exists and is a missing-energy entry without its own lifetime curves
            EscapeModel.of(LimitsDatabase.load().entry(detector.entryId()), Optional.of(detector), inputs());
            if (byEntry.put(detector.entryId(), detector) != null) {
                throw InvalidInputException.of("detector assumption", "entry", detector.entryId(), "each entry at most once");
            }
        }
        return entry -> EscapeModel.of(entry, Optional.ofNullable(byEntry.get(entry.id())), inputs());
    }

    /**
     * Whether the limits include Belle II's likelihood: the study's likelihood uses it, anomalon's
     * database is selected, and the request's entries (if it names any) include it.
     */
    private boolean usesWorkspaceLimit(LimitsRequest request, Set<String> databases) {
        return MeasurementSet.load(options.likelihood().measurementSet()).hasWorkspace()
                && databases.contains(LimitEntry.DATABASE)
                && request.entryIds().map(ids -> ids.stream().map(String::trim).anyMatch(BelleTwoWorkspaceLimit.ID::equals))
                .orElse(true);
    }

    /**
     * g_X^max(m_X) = √(B_UL(m_X) / (B(B⁺ → K⁺X; g_X = 1) · B(X → inv))) with B_UL from Belle II's
     * likelihood ({@link BelleTwoWorkspace#upperLimits90}); NaN outside its mass range or where the
     * model gives no signal.
     */
    private static CouplingLimits.EntryLimit workspaceLimit(ModelSignals signals, MassGrid grid, double scale) {
        double[] masses = grid.masses();
        double[] upper = BelleTwoWorkspace.upperLimits90(masses);
        double[] values = new double[masses.length];
        for (int i = 0; i < masses.length; i++) {
            values[i] = Double.NaN;
            if (Double.isNaN(upper[i]) || scale == 0) {
                continue;
            }
            double signal = signals.unitCouplingBranchingRatio(B_TO_K_X, masses[i]) * signals.invisibleFraction(masses[i]);
            double limit = Math.sqrt(upper[i] / signal) * scale;
            if (signal > 0 && Double.isFinite(limit)) {
                values[i] = limit;
            }
        }
        return new CouplingLimits.EntryLimit(BelleTwoWorkspaceLimit.get(), values);
    }

    /** The database names the request selects (all when it names none); an unknown name is bad input. */
    private static Set<String> selectedDatabases(LimitsRequest request, List<RecastDatabase> recastDatabases) {
        Set<String> known = new LinkedHashSet<>();
        known.add(LimitEntry.DATABASE);
        recastDatabases.forEach(database -> known.add(database.name()));
        if (request.databases().isEmpty()) {
            return known;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : request.databases().get()) {
            if (!known.contains(name.trim())) {
                throw InvalidInputException.of("databases", "database", name, "one of " + known);
            }
            chosen.add(name.trim());
        }
        return chosen;
    }

    private static List<LimitEntry> entries(LimitsRequest request, Set<String> databases, List<RecastDatabase> recastDatabases) {
        LimitsDatabase database = LimitsDatabase.load();
        if (!databases.contains(LimitEntry.DATABASE)) {
            return List.of();
        }
        List<LimitEntry> chosen = request.entryIds()
                .map(ids -> ids.stream().map(String::trim)
                        .filter(id -> !id.equals(BelleTwoWorkspaceLimit.ID) && findRecast(recastDatabases, id) == null
                                && MomentConstraints.find(id) == null)
                        .map(id -> entry(database, recastDatabases, id)).toList())
                .orElse(database.entries());
        return chosen.stream().filter(entry -> request.projections() || !entry.isProjection()).toList();
    }

    private static List<RecastLimit> recastLimits(LimitsRequest request, Set<String> databases, List<RecastDatabase> recastDatabases) {
        List<RecastLimit> limits = new ArrayList<>();
        if (request.entryIds().isPresent()) {
            for (String id : request.entryIds().get()) {
                RecastLimit limit = findRecast(recastDatabases, id.trim());
                if (limit != null && databases.contains(limit.database())) {
                    limits.add(limit);
                }
            }
            return limits;
        }
        recastDatabases.stream().filter(database -> databases.contains(database.name()))
                .forEach(database -> limits.addAll(database.limits()));
        return limits;
    }

    private static RecastLimit findRecast(List<RecastDatabase> recastDatabases, String id) {
        return recastDatabases.stream().map(database -> database.find(id)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** An entry of anomalon's database; an id of no database is bad input listing the databases' ids. */
    private static LimitEntry entry(LimitsDatabase database, List<RecastDatabase> recastDatabases, String id) {
        return database.entries().stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow(() -> {
            List<String> ids = new ArrayList<>(database.entries().stream().map(LimitEntry::id).toList());
            MomentConstraints.all().forEach(constraint -> ids.add(constraint.id()));
            ids.add(BelleTwoWorkspaceLimit.ID);
            recastDatabases.forEach(recast -> recast.limits().forEach(limit -> ids.add(limit.id())));
            return InvalidInputException.of("entries", "entry", id, "an id of a limits database: " + String.join(", ", ids)
                    + " (anomalon data list)");
        });
    }

    // ---- fit ----

    /** The model's signal as the limits see it: rates at g_X = 1 and B(X → invisible), with the study's ST rule. */
    public ModelSignals signals() {
        return ModelSignals.of(model, inputs(), smithTait());
    }

    /**
     * The model as the fit sees it at m_X: effective traces (Smith–Tait included by the study's rule)
     * and B(X → invisible) from {@link ModelSignals#invisibleFraction}, the same as the limits use.
     */
    public FitSignal fitSignal(double massX_GeV) {
        return FitSignal.of(model, anomalies, smithTait(), massX_GeV, inputs(), signals().invisibleFraction(massX_GeV));
    }

    /**
     * The fit to the measurements of the study's likelihood at m_X: by default Belle II's
     * B⁺ → K⁺νν̄ likelihood with the L3 bound on Z → γX, or P0's Gaussian terms (P0 Sec. 3.2.5). The
     * model's B → K X and Z → γX with the study's Smith–Tait rule, every prediction times
     * B(X → invisible), the same signal as the limits. Also: the best fit under the other theory
     * choices ({@link TheoryBand}) and every database limit that excludes the best fit or part of
     * its 1σ interval.
     *
     * @throws InvalidInputException when the measurements do not exist at m_X, the model predicts no
     *                               B → K X, or X decays only visibly at m_X
     * @throws PhysicsException      when B(X → invisible) is not known at m_X (hadronic X width not computed)
     */
    public FitResult fit(FitRequest request) {
        double massX = request.massX_GeV();
        Inputs inputs = inputs();
        LikelihoodOptions choice = options.likelihood();
        MeasurementSet set = MeasurementSet.load(choice.measurementSet());
        FitSignal signal = fitSignal(massX);
        requireMissingEnergySignal(signal);
        Optional<TwoBodyLikelihood> workspace = set.hasWorkspace()
                ? Optional.of(BelleTwoWorkspace.load().twoBody(massX)) : Optional.empty();
        FitLines lines = lines(inputs, set, signal, workspace, 1);
        if (workspace.isEmpty() && ModelFit.along(lines.gaussian(), 1, 0).cannotProduceSignal()) {
            throw InvalidInputException.because(Parameter.FIT_TERMS, "the fit keeps no measured signal of set '" + set.name()
                    + "' (only limits): keep g_S, e.g. terms gS");
        }
        Optional<BreakingCharge> charge = breakingCharge();
        boolean includesZ = request.includeZ() && lines.gaussian().hasObservable(ExcessFit.Z_PHOTON);
        CouplingProfile chosen = includesZ ? lines.withZ() : lines.withoutZ();
        CouplingProfile alternative = includesZ ? lines.withoutZ() : lines.withZ();
        AnomalyObservables theory = AnomalyObservables.forInputs(inputs);
        ModelFitReport report = ExcessFit.report(model.name(), massX, signal.effectiveTraceXWW(), signal.effectiveTraceXYY(),
                chosen.best(), alternative.best(), includesZ, theory,
                charge.map(c -> OptionalDouble.of(c.value())).orElse(OptionalDouble.empty()));
        Optional<WorkspaceTerm> workspaceTerm = workspace.map(likelihood -> new WorkspaceTerm(likelihood.bestFit(),
                likelihood.q2Column_GeV2(), lines.unseenRateAtUnitCoupling()));
        TheoryBand band = TheoryBand.of(report.best().couplingX(),
                theoryVariations(massX, set, workspace, includesZ, theory.relativeTheoryUncertainty(Observable.of(B_TO_K_X), massX)));
        double mB = inputs.mass("B+");
        return new FitResult(anomalies, signal, lines.gaussian(), choice, set.name(), workspaceTerm, report, lines.withZ(),
                lines.withoutZ(), charge, massX * massX / (mB * mB), inputs.loopTopMass(), band,
                tensions(massX, report.best()));
    }

    /** The fit's likelihood along the model's line, with and without Z → γX. */
    private record FitLines(Likelihood gaussian, CouplingProfile withZ, CouplingProfile withoutZ,
                            double unseenRateAtUnitCoupling) {
    }

    /**
     * The Gaussian terms of the set (times B(X → invisible)) and the χ² along the model's line, with
     * the workspace when the set has one; {@code rateScale} multiplies the model's B⁺ → K⁺X rate
     * (1, or 1 ± its form-factor uncertainty).
     */
    private FitLines lines(Inputs inputs, MeasurementSet set, FitSignal signal, Optional<TwoBodyLikelihood> workspace,
                           double rateScale) {
        LikelihoodOptions choice = options.likelihood();
        double massX = signal.massX_GeV();
        AnomalyObservables theory = AnomalyObservables.forInputs(inputs);
        Likelihood measured = set.likelihood(massX, choice.groups(), choice.readings(), theory);
        if (choice.terms().isPresent()) {
            measured = measured.keeping(choice.terms().get(), set.name());
        }
        Likelihood gaussian = measured.withInvisibleFraction(signal.invisibleFraction());
        double traceXWW = signal.effectiveTraceXWW();
        double traceXYY = signal.effectiveTraceXYY();
        Likelihood withoutZ = gaussian.without(ExcessFit.Z_PHOTON);
        if (workspace.isEmpty()) {
            return new FitLines(gaussian, ModelFit.along(gaussian, traceXWW, traceXYY),
                    ModelFit.along(withoutZ, traceXWW, traceXYY), Double.NaN);
        }
        double rate = theory.response(Observable.of(B_TO_K_X), massX).value(traceXWW, traceXYY) * signal.invisibleFraction() * rateScale;
        return new FitLines(gaussian, WorkspaceFit.along(workspace.get(), rate, gaussian, traceXWW, traceXYY),
                WorkspaceFit.along(workspace.get(), rate, withoutZ, traceXWW, traceXYY), rate);
    }

    /**
     * The headline best fit refitted with the other top-mass scheme, the other electroweak scheme
     * and, with the workspace, the B⁺ → K⁺X form factor at ±1σ (P0's Gaussian terms are couplings,
     * where no form factor enters).
     */
    private List<TheoryBand.Variation> theoryVariations(double massX, MeasurementSet set,
                                                        Optional<TwoBodyLikelihood> workspace, boolean includesZ,
                                                        double formFactorUncertainty) {
        Inputs inputs = inputs();
        List<TheoryBand.Variation> variations = new ArrayList<>();
        TopMassScheme otherTop = inputs.topMassScheme() == TopMassScheme.POLE ? TopMassScheme.MSBAR : TopMassScheme.POLE;
        Inputs topAlternative = inputs.withTopMassScheme(otherTop);
        variations.add(new TheoryBand.Variation("mt-scheme", String.format(Locale.ROOT, "top mass %s: %.2f GeV",
                otherTop.label(), topAlternative.loopTopMass().value_GeV()), refit(topAlternative, massX, set, workspace, includesZ, 1)));
        EwScheme otherEw = inputs.ewScheme() == EwScheme.ALPHA0 ? EwScheme.MSBAR_MZ : EwScheme.ALPHA0;
        variations.add(new TheoryBand.Variation("ew-scheme", "electroweak scheme " + otherEw.label(),
                refit(inputs.withScheme(otherEw), massX, set, workspace, includesZ, 1)));
        if (workspace.isPresent() && formFactorUncertainty > 0) {
            for (int sign : new int[] {+1, -1}) {
                variations.add(new TheoryBand.Variation(sign > 0 ? "form-factor+" : "form-factor-", String.format(Locale.ROOT,
                        "B+ -> K+ X rate %+.1f%% (form factor 1 sigma)", 100 * sign * formFactorUncertainty),
                        refit(inputs, massX, set, workspace, includesZ, 1 + sign * formFactorUncertainty)));
            }
        }
        return variations;
    }

    private double refit(Inputs alternative, double massX, MeasurementSet set, Optional<TwoBodyLikelihood> workspace,
                         boolean includesZ, double rateScale) {
        FitSignal signal = ModelStudy.of(model, options.withInputs(alternative)).fitSignal(massX);
        FitLines lines = lines(alternative, set, signal, workspace, rateScale);
        return (includesZ ? lines.withZ() : lines.withoutZ()).bestCoupling();
    }

    /**
     * The database limits (the study's, at m_X, for this model) that exclude ĝ_X or part of its 1σ
     * interval; Belle II's own likelihood entry is the fit itself and is not listed.
     */
    private List<LimitTension> tensions(double massX, BestFit best) {
        CouplingLimits limits = limits(LimitsRequest.on(new MassGrid(new double[] {massX, massX * (1 + 1e-9)}))).limits();
        Interval interval = best.interval1Sigma();
        List<LimitTension> tensions = new ArrayList<>();
        for (CouplingLimits.EntryLimit limit : limits.limits()) {
            Exclusion excluded = limit.exclusion(0);
            if (limit.entry().id().equals(BelleTwoWorkspaceLimit.ID) || excluded == null || excluded.isEmpty()) {
                continue;
            }
            boolean reachesInterval = excluded.intervals().stream()
                    .anyMatch(band -> band[0] <= interval.upper() && band[1] >= interval.lower());
            boolean wholeInterval = excluded.intervals().stream()
                    .anyMatch(band -> band[0] <= interval.lower() && band[1] >= interval.upper());
            if (reachesInterval || excluded.excludes(best.couplingX())) {
                boolean sameData = limit.entry().channel().equals(B_TO_K_X.label())
                        && limit.entry().references().stream().anyMatch(r -> r.key().equals(BELLE2_MEASUREMENT));
                tensions.add(new LimitTension(limit.entry(), excluded, excluded.excludes(best.couplingX()), wholeInterval,
                        sameData));
            }
        }
        return tensions;
    }

    /** The INSPIRE key of Belle II's B⁺ → K⁺νν̄ measurement, the data of the workspace. */
    private static final String BELLE2_MEASUREMENT = "Belle-II:2023esi";

    private void requireMissingEnergySignal(FitSignal signal) {
        if (!signal.producesBToKX()) {
            String why = signal.smithTait().included()
                    ? "the Smith-Tait contribution is included but the decoupled top leaves no trace (Delta A_XWW = 3/2 X(q3) = 0)"
                    : SmithTait.conservedVectorCurrent(model)
                    ? "the Smith-Tait contribution, the only source of B -> K X for this conserved current, is switched off"
                    : "there is no Smith-Tait contribution";
            throw InvalidInputException.because("model " + model.name(), "predicts no B -> K X, so it cannot fit the measured "
                    + "signal: g_{xi sb} is proportional to A_XWW (P0 eq. 3.6), A_XWW = " + Rationals.format(anomalies.traceXWW())
                    + ", and " + why);
        }
        requireKnownInvisibleFraction(signal);
        double massX = signal.massX_GeV();
        if (signal.invisibleFraction() == 0) {
            throw InvalidInputException.of("model " + model.name(), "B(X -> invisible) at m_X = " + massX + " GeV", 0,
                    "> 0: X decays only to visible states here (see 'anomalon rates'), so it gives no missing-energy signal");
        }
    }

    private void requireKnownInvisibleFraction(FitSignal signal) {
        double massX = signal.massX_GeV();
        if (Double.isNaN(signal.invisibleFraction())) {
            throw new PhysicsException("B(X -> invisible) of " + model.name() + " at m_X = " + massX
                    + " GeV is not known (" + xDecays(Point.of(massX, 1)).incompleteness().orElse("X width incomplete")
                    + "); the fit needs it to compare B -> K X with the missing-energy measurements");
        }
    }

    /**
     * Belle II's own fit of the SM B⁺ → K⁺νν̄ signal strength in its workspace (arXiv:2311.14647):
     * μ̂ with its interval and stat/syst split, and the significances against no signal and the SM.
     */
    public static SignalStrengthFit signalStrengthFit() {
        return BelleTwoWorkspace.load().signalStrengthFit();
    }

    /**
     * The fit of the parameter of interest of any published pyhf workspace (HistFactory JSON, schema
     * 1.0.0), every other parameter profiled: best fit, 68.3% interval, √q(0) and √q(1).
     *
     * @param file        the workspace JSON
     * @param measurement one of its measurements (its POI and parameter settings); empty: the first
     * @throws InvalidInputException naming the file and element when the file is not a workspace
     *                               anomalon can read (invalid JSON, an unsupported modifier type, …)
     */
    public static PoiFit workspaceFit(Path file, Optional<String> measurement) {
        Workspace workspace = Workspace.read(file);
        List<String> names = workspace.measurements().stream().map(MeasurementConfig::name).toList();
        String name = measurement.orElse(names.get(0));
        if (!names.contains(name)) {
            throw InvalidInputException.of(Parameter.WORKSPACE_MEASUREMENT, name,
                    "one of " + String.join(", ", names) + " (the measurements of " + file + ")");
        }
        HistFactoryModel model = HistFactoryModel.of(workspace, name);
        if (model.parameterCount() > MAX_WORKSPACE_PARAMETERS) {
            // the Newton fit's Hessian is dense in these parameters (the γ are profiled in closed form)
            throw InvalidInputException.of(file.toString(), "parameters", model.parameterCount() + " besides the per-bin gammas",
                    "at most " + MAX_WORKSPACE_PARAMETERS + " (the profile fit's Hessian is dense in them)");
        }
        return PoiFit.of(ProfileLikelihood.of(model), name);
    }

    /** The fit, or why this model cannot explain the measurements (for whole-model studies). */
    public FitOutcome tryFit(FitRequest request) {
        try {
            return new FitOutcome(Optional.of(fit(request)), "");
        } catch (InvalidInputException | PhysicsException e) {
            return new FitOutcome(Optional.empty(), e.getMessage());
        }
    }

    /** The model's best fit to the excess as the point of rates and UV, else P0's benchmark. */
    public Benchmark benchmark(FitOutcome excess) {
        return excess.fit().map(Benchmark::bestFit).orElse(Benchmark.p0());
    }

    /**
     * The Δχ² plane of anomaly traces (P0 Fig. 2 left) for the likelihood of {@code options}, with
     * the model lines of {@code request}; it does not belong to one model.
     */
    public static PlaneResult plane(StudyOptions options, PlaneRequest request) {
        LikelihoodOptions choice = options.likelihood();
        MeasurementSet set = MeasurementSet.load(choice.measurementSet());
        double massX = request.massX_GeV();
        AnomalyObservables theory = AnomalyObservables.forInputs(options.inputs());
        Likelihood likelihood = set.likelihood(massX, choice.groups(), choice.readings(), theory);
        if (choice.terms().isPresent()) {
            likelihood = likelihood.keeping(choice.terms().get(), set.name());
        }
        Optional<TwoBodyLikelihood> workspace = set.hasWorkspace()
                ? Optional.of(BelleTwoWorkspace.load().twoBody(massX)) : Optional.empty();
        List<FitSignal> signals = new ArrayList<>();
        List<ModelLine> lines = new ArrayList<>();
        for (Model line : request.models()) {
            ModelStudy study = ModelStudy.of(line, options);
            FitSignal signal = study.fitSignal(massX);
            study.requireKnownInvisibleFraction(signal);
            signals.add(signal);
            // Each line's best fit is the model's own fit (fit(...)), computed the same way, so the two agree to the bit.
            lines.add(new ModelLine(signal.ray(), study.lines(options.inputs(), set, signal, workspace, 1).withZ().best()));
        }
        ExcessPlane scan;
        if (workspace.isPresent()) {
            double rateAtUnitX = theory.response(Observable.of(B_TO_K_X), massX).xx();
            Interval[] defaults = request.xRange().isEmpty() || request.yRange().isEmpty()
                    ? ExcessPlane.defaultRanges(workspace.get(), rateAtUnitX) : null;
            scan = ExcessPlane.scanWorkspace(workspace.get(), rateAtUnitX, likelihood, List.of(),
                    request.xRange().orElseGet(() -> defaults[0]), request.yRange().orElseGet(() -> defaults[1]),
                    request.nodes(), request.nodes());
        } else {
            Interval[] defaults = request.xRange().isEmpty() || request.yRange().isEmpty()
                    ? ExcessPlane.defaultRanges(likelihood) : null;
            scan = ExcessPlane.scan(likelihood, List.of(), request.xRange().orElseGet(() -> defaults[0]),
                    request.yRange().orElseGet(() -> defaults[1]), request.nodes(), request.nodes());
        }
        return new PlaneResult(likelihood, choice, set.name(), set.hasWorkspace(), scan.withModels(lines), signals,
                request.regionDof());
    }

    /** The plane of P0 Fig. 2 (left) at the excess with P0's model lines and this model's. */
    public PlaneResult plane() {
        List<Model> lines = new ArrayList<>();
        PAPER_PLANE_MODELS.forEach(name -> lines.add(name.equals(model.name()) ? model : BuiltinModels.load(name)));
        if (!PAPER_PLANE_MODELS.contains(model.name())) {
            lines.add(model);
        }
        return plane(options, PlaneRequest.of(FitRequest.EXCESS_MASS_GEV, lines));
    }

    // ---- spectra ----

    /**
     * Minimal anomalon spectra for the model's SM current: P0's N_Ψ = 3 and 4 search for a vector
     * current with a_{B+L} ≠ 0, P2's Table II for the chiral τ current, or why neither applies.
     */
    public SpectraResult spectra() {
        Optional<BigFraction> alpha = anomalies.alphaBL();
        if (alpha.isPresent() && alpha.get().signum() != 0) {
            Map<Integer, List<SpectrumAssessment>> viable = new LinkedHashMap<>();
            for (int fieldCount : List.of(3, 4)) {
                viable.put(fieldCount, SpectrumAssessment.ofAll(AnomalonSearch.search(alpha.get(), fieldCount,
                                SearchBounds.colourless(SPECTRA_MAX_DIMENSION)), model, SelectionCriteria.paper())
                        .stream().filter(SpectrumAssessment::viable).toList());
            }
            return new SpectraResult.VectorCurrent(alpha.get(), SPECTRA_MAX_DIMENSION, viable);
        }
        if (alpha.isPresent() || anomalies.traceXWW().signum() == 0 && anomalies.traceXYY().signum() == 0) {
            return new SpectraResult.NotApplicable("the mixed anomalies of " + model.name()
                    + " vanish with SM fields (a_{B+L} = 0, P0 eqs. 2.4-2.6), so no anomalons are needed.");
        }
        BigFraction alphaL = model.charge(SmField.L, 3);
        BigFraction alphaR = model.charge(SmField.E, 3);
        boolean onlyTau = model.smCharges().entrySet().stream()
                .allMatch(e -> e.getValue().signum() == 0 || e.getKey().equals("l3") || e.getKey().equals("e3"));
        if (!onlyTau || alphaL.signum() == 0) {
            return new SpectraResult.NotApplicable(model.name() + " is neither a vector current of P0 eq. 1.1 "
                    + "nor P2's chiral tau current; the classification covers those two families only.");
        }
        // P2 eq. 31: α_R/α_L = −1/m, so m = −α_L/α_R (m = ∞ for α_R = 0).
        Optional<BigFraction> m = alphaR.signum() == 0 ? Optional.empty() : Optional.of(alphaL.negate().divide(alphaR));
        return new SpectraResult.ChiralTau(alphaL, alphaR, m, CHIRAL_MAX_DIMENSION,
                ChiralTauClassification.classify(CHIRAL_MAX_DIMENSION, false));
    }

    // ---- UV ----

    /**
     * The UV analysis of the model itself at the request's (m_X, g_X).
     *
     * @throws InvalidInputException when the model has no anomalons
     */
    public UvAnalysis uv(UvAnalysis.Request request) {
        return UvAnalysis.of(model, request, inputs());
    }

    /** The model itself when it has anomalons, else the built-in UV models with the same SM charges. */
    public List<Model> uvCompletions() {
        if (hasAnomalons(model)) {
            return List.of(model);
        }
        return BuiltinModels.all().stream()
                .filter(candidate -> hasAnomalons(candidate) && candidate.sameSmCurrentAs(model))
                .toList();
    }

    private static boolean hasAnomalons(Model candidate) {
        return candidate.extraFermions().stream().anyMatch(f -> f.su2Dimension() > 1 || f.hypercharge().signum() != 0);
    }

    /** SM-singlet fermions that cancel the remaining grav·X and X³ anomalies (P0 eqs. 2.2-2.3, P2 eq. 28). */
    public SingletCompletion.Result singletCompletion(int maxSinglets, int maxResults) {
        return SingletCompletion.complete(model, maxSinglets, maxResults);
    }
}
