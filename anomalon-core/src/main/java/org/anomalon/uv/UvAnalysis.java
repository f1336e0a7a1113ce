package org.anomalon.uv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.PhysicsException;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.UvLines;
import org.anomalon.model.Model;
import org.anomalon.model.Scalar;
import org.anomalon.spectra.FiniteNaturalness;
import org.anomalon.spectra.NaturalnessMultiplet;
import org.anomalon.spectra.NaturalnessParameters;
import org.anomalon.spectra.RadiativeSplitting;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Everything the UV side says about one model at one (m_X, g_X): the breaking scale, each anomalon's
 * mass and unitarity limit, its radiative splittings and charged lifetimes, the finite-naturalness bound
 * of the whole spectrum and, for chiral lepton charges, the Froggatt–Nielsen τ sector (P0 Sec. 4,
 * P2 Secs. III–IV).
 *
 * @param model        the model
 * @param scale        v_X and the VEV of every scalar
 * @param yukawa       the common anomalon Yukawa y used for {@link AnomalonReport#mass_GeV()}
 * @param anomalons    one report per multiplet
 * @param naturalnessMax_GeV largest natural common anomalon mass (P0 eq. 2.9, spectra)
 * @param naturalness  the naturalness inputs used
 * @param tauSector    the FN τ sector, when the model has one
 * @param notes        caveats and model-specific remarks
 * @param warnings     where the result is at the edge of its formulas' validity (a non-perturbative
 *                     coupling, anomalons below the direct-search bound)
 */
public record UvAnalysis(Model model, BreakingScale scale, double yukawa, List<AnomalonReport> anomalons,
                         double naturalnessMax_GeV, NaturalnessParameters naturalness,
                         Optional<TauSectorReport> tauSector, List<String> notes, List<String> warnings) {

    /** Higgs VEV v ≈ 246 GeV as printed in P0 eq. (4.1) and P2 eq. (34). */
    public static final double HIGGS_VEV_GEV = 246.0;
    /** "θ_L is constrained to be close to zero at the percent level" (P2 after eq. 56). */
    static final double PMNS_ANGLE_LIMIT = 0.01;

    /**
     * One anomalon multiplet.
     *
     * @param multiplet       quantum numbers and mass term
     * @param scalarVev_GeV   VEV V of the scalar giving it mass
     * @param mass_GeV        y V/√2
     * @param massMax_GeV     y_max V/√2 (perturbative unitarity)
     * @param lightestNeutral whether its lightest state is neutral (P0 criterion ii, spectra)
     * @param massAboveLightest_GeV radiative M_Q − M_lightest per charge Q (P0 eq. 2.10)
     * @param chargedStates   lifetimes and track signatures of the charged states (P2 eq. 37)
     */
    public record AnomalonReport(AnomalonMultiplet multiplet, double scalarVev_GeV, double mass_GeV,
                                 double massMax_GeV, boolean lightestNeutral,
                                 Map<BigFraction, Double> massAboveLightest_GeV,
                                 List<ChargedDecay.ChargedState> chargedStates) {
    }

    /**
     * The Froggatt–Nielsen τ sector.
     *
     * @param sector              which fields and scalars form it
     * @param scalarVev_GeV       V of its U(1)_X scalar
     * @param yukawaLeft          y_L
     * @param yukawaRight         y_R
     * @param leadingOrderCoefficient_GeV m_τ ≈ c · y_L y_R (V/M)/0.014 with c = v·0.014/2 (P2 eqs. 42, 54)
     * @param matrix              the mass matrix (given M, or M solved for the measured m_τ); empty if V = 0
     * @param bareMassSolved      whether M was solved for m_τ rather than given
     */
    public record TauSectorReport(FroggattNielsenSector sector, double scalarVev_GeV, double yukawaLeft,
                                  double yukawaRight, double leadingOrderCoefficient_GeV,
                                  Optional<TauMassMatrix> matrix, boolean bareMassSolved) {
        /** V/M at which P2 normalises m_τ (eqs. 42, 54). */
        public static final double PRINTED_RATIO = 0.014;

        public double effectiveChargeLeft() {
            return sector.effectiveChargeLeft(matrix.orElseThrow());
        }

        public double effectiveChargeRight() {
            return sector.effectiveChargeRight(matrix.orElseThrow());
        }
    }

    /**
     * What the user asks for.
     *
     * @param massX_GeV    m_X
     * @param couplingX    g_X
     * @param yukawa       y (common anomalon Yukawa)
     * @param fixedVevs    VEVs of scalars other than the anomalon-mass scalar (GeV)
     * @param naturalness  naturalness preset/parameters
     * @param yukawaLeft   y_L of the FN sector
     * @param yukawaRight  y_R of the FN sector
     * @param bareMass_GeV M of the FN mediator; empty = solve for the measured m_τ
     */
    public record Request(double massX_GeV, double couplingX, double yukawa, Map<String, Double> fixedVevs,
                          NaturalnessParameters naturalness, double yukawaLeft, double yukawaRight,
                          Optional<Double> bareMass_GeV) {
        public Request {
            fixedVevs = Collections.unmodifiableMap(new LinkedHashMap<>(fixedVevs)); // the caller's order, the same every run
        }

        /** At (m_X, g_X) with y = 1, no other VEV, naturalness preset {@code paper}, y_L = y_R = 1, M solved for m_τ. */
        public static Request at(double massX_GeV, double couplingX) {
            return new Request(massX_GeV, couplingX, 1, Map.of(), NaturalnessParameters.paper(), 1, 1, Optional.empty());
        }

        /** The common anomalon Yukawa y. */
        public Request withYukawa(double y) {
            return new Request(massX_GeV, couplingX, y, fixedVevs, naturalness, yukawaLeft, yukawaRight, bareMass_GeV);
        }

        /** VEVs (GeV) of the scalars other than the anomalon-mass scalar, by name. */
        public Request withFixedVevs(Map<String, Double> vevs) {
            return new Request(massX_GeV, couplingX, yukawa, vevs, naturalness, yukawaLeft, yukawaRight, bareMass_GeV);
        }

        public Request withNaturalness(NaturalnessParameters parameters) {
            return new Request(massX_GeV, couplingX, yukawa, fixedVevs, parameters, yukawaLeft, yukawaRight, bareMass_GeV);
        }

        /** The Froggatt–Nielsen Yukawas y_L, y_R. */
        public Request withFroggattNielsen(double left, double right) {
            return new Request(massX_GeV, couplingX, yukawa, fixedVevs, naturalness, left, right, bareMass_GeV);
        }

        /** The mass M of the vector-like mediator (otherwise solved for the measured m_τ). */
        public Request withMediatorMass(double mass_GeV) {
            return new Request(massX_GeV, couplingX, yukawa, fixedVevs, naturalness, yukawaLeft, yukawaRight,
                    Optional.of(mass_GeV));
        }
    }

    public UvAnalysis {
        anomalons = List.copyOf(anomalons);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /**
     * @throws InvalidInputException for a model without anomalons or scalars, inconsistent scalar charges,
     *                               y ≤ 0, m_X ≤ 0, g_X ≤ 0 or bad VEVs
     */
    public static UvAnalysis of(Model model, Request request, Inputs inputs) {
        Parameter.YUKAWA.require(request.yukawa());
        Parameter.YUKAWA_LEFT.require(request.yukawaLeft());
        Parameter.YUKAWA_RIGHT.require(request.yukawaRight());
        request.bareMass_GeV().ifPresent(Parameter.MEDIATOR_MASS::require);
        String source = "model " + model.name();
        boolean smCharged = model.extraFermions().stream()
                .anyMatch(f -> f.su2Dimension() > 1 || f.hypercharge().signum() != 0 || f.colourDimension() > 1);
        UvFieldContent content = smCharged ? UvFieldContent.of(model) : null;
        if (content == null || content.anomalons().isEmpty()) {
            throw InvalidInputException.of(source, "anomalons", "none",
                    "a model with anomalon fermions (SM-charged, mass from a breaking scalar), e.g. p0-1dl1ml-m3, "
                            + "p0-2dl-m1, p2-l-only, p2-l-minus-4r or a model file listing them");
        }
        Scalar reference = content.anomalons().get(0).scalar();
        BreakingScale scale = BreakingScale.of(model.scalars(), reference, request.massX_GeV(), request.couplingX(),
                request.fixedVevs());
        RadiativeSplitting splitting = RadiativeSplitting.standard();
        double pionMass = inputs.mass("pi+");
        List<String> notes = new ArrayList<>();
        List<AnomalonReport> reports = new ArrayList<>();
        List<NaturalnessMultiplet> naturalnessFermions = new ArrayList<>();
        for (AnomalonMultiplet a : content.anomalons()) {
            double vev = scale.vev(a.scalar().name());
            if (vev == 0.0) {
                notes.add(a.name() + ": its scalar " + a.scalar().name() + " has no VEV, so it is massless here; give the VEV "
                        + "of " + a.scalar().name() + " (GeV)");
            }
            List<ChargedDecay.Component> components = ChargedDecay.components(a.su2Dimension(), a.hypercharge(), splitting);
            double lightest = components.stream().mapToDouble(ChargedDecay.Component::massShift_GeV).min().orElseThrow();
            Map<BigFraction, Double> shifts = new LinkedHashMap<>();
            components.forEach(c -> shifts.put(c.charge(), c.massShift_GeV() - lightest));
            boolean neutral = splitting.lightestIsNeutral(a.su2Dimension(), a.hypercharge());
            reports.add(new AnomalonReport(a, vev, AnomalonMultiplet.mass(request.yukawa(), vev),
                    AnomalonMultiplet.mass(a.maxYukawa(), vev), neutral, shifts,
                    ChargedDecay.chargedStates(a.su2Dimension(), components, pionMass)));
            naturalnessFermions.add(NaturalnessMultiplet.colourless(a.kind(), a.su2Dimension(), a.hypercharge()));
            notes.add(neutral
                    ? a.name() + ": lightest state neutral and stable (accidental Z2) unless broken by higher-dimensional "
                    + "operators: a relic/dark-matter question (P0 Sec. 4.1)"
                    : a.name() + ": lightest state charged; stable charged tracks need m >~ 1 TeV (P2 Sec. III B) "
                    + "unless Higgs mixing lets it decay (P0 Sec. 4.2)");
        }
        double naturalnessMax = FiniteNaturalness.massBound(naturalnessFermions, request.naturalness());
        notes.add("splittings are radiative only (P0 eq. 2.10); Higgs-mixing Yukawas, where allowed, add tree-level "
                + "splittings (P0 Sec. 4)");
        if (request.naturalness().preset().equals("paper")) {
            notes.add("naturalness preset 'paper' is a calibration reproducing P0 Tables 2-3 (docs/physics.md §3)");
        }
        if (!content.vectorLike().isEmpty()) {
            notes.add("vector-like fermions " + content.vectorLike().stream().map(UvFieldContent.VectorLikePair::name)
                    .toList() + " have a bare mass and are not anomalons");
        }
        Optional<TauSectorReport> tau = FroggattNielsenSector.find(model, content)
                .map(sector -> tauSector(sector, scale, request, inputs, notes));
        return new UvAnalysis(model, scale, request.yukawa(), reports, naturalnessMax, request.naturalness(), tau, notes,
                warnings(request, reports));
    }

    /** Non-perturbative couplings, and anomalons that even at their unitarity limit stay below the direct-search bound. */
    private static List<String> warnings(Request request, List<AnomalonReport> reports) {
        List<String> warnings = new ArrayList<>();
        Parameter.COUPLING_X.warning(request.couplingX()).ifPresent(warnings::add);
        Parameter.YUKAWA.warning(request.yukawa()).ifPresent(warnings::add);
        Parameter.YUKAWA_LEFT.warning(request.yukawaLeft()).ifPresent(warnings::add);
        Parameter.YUKAWA_RIGHT.warning(request.yukawaRight()).ifPresent(warnings::add);
        for (AnomalonReport report : reports) {
            if (report.scalarVev_GeV() > 0 && report.massMax_GeV() < UvLines.DIRECT_SEARCH_MASS) {
                warnings.add(String.format(Locale.ROOT, "%s: m <= %.3g GeV even at its unitarity limit, below the direct-search "
                        + "bound m_Psi > %.0f GeV (P0 Sec. 3.3): this (m_X, g_X) is excluded for the model", report.multiplet().name(),
                        report.massMax_GeV(), UvLines.DIRECT_SEARCH_MASS));
            }
        }
        return warnings;
    }

    private static TauSectorReport tauSector(FroggattNielsenSector sector, BreakingScale scale, Request request,
                                             Inputs inputs, List<String> notes) {
        String scalar = sector.breakingScalar().name();
        double vev = scale.vev(scalar);
        double coefficient = HIGGS_VEV_GEV * TauSectorReport.PRINTED_RATIO / 2.0;   // P2 eqs. (42), (54)
        Optional<TauMassMatrix> matrix = Optional.empty();
        if (vev <= 0.0) {
            notes.add("tau sector: " + scalar + " has no VEV; give the VEV of " + scalar + " (GeV) to compute the mass "
                    + "matrix (P2 eq. 47)");
        } else if (request.bareMass_GeV().isPresent()) {
            matrix = Optional.of(sector.massMatrix(HIGGS_VEV_GEV, vev, request.yukawaLeft(), request.yukawaRight(),
                    request.bareMass_GeV().get()));
        } else {
            try {
                matrix = Optional.of(sector.massMatrixForTauMass(HIGGS_VEV_GEV, vev, request.yukawaLeft(),
                        request.yukawaRight(), inputs.mass("tau-")));
            } catch (PhysicsException e) {
                notes.add("tau sector: " + e.getMessage());
            }
        }
        boolean singletMediator = sector.mediator().left().su2Dimension() == 1;
        matrix.filter(m -> singletMediator && Math.abs(Math.sin(m.thetaLeft())) > PMNS_ANGLE_LIMIT).ifPresent(m ->
                notes.add(String.format(Locale.ROOT, "tau sector: |sin theta_L| = %.3g; P2 eq. (56) needs theta_L close to zero at "
                        + "the percent level (PMNS unitarity): raise y_R V or M", Math.abs(Math.sin(m.thetaLeft())))));
        return new TauSectorReport(sector, vev, request.yukawaLeft(), request.yukawaRight(), coefficient, matrix,
                request.bareMass_GeV().isEmpty());
    }
}
