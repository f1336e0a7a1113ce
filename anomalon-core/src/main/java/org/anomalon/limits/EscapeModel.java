package org.anomalon.limits;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.anomalon.InvalidInputException;
import org.anomalon.data.Escape;
import org.anomalon.data.LimitEntry;
import org.anomalon.inputs.Inputs;
import org.anomalon.observables.Channel;
import org.anomalon.observables.xdecay.XDecays;

/**
 * How one missing-energy measurement sees a visibly decaying X (docs/x-decays.md, "What a detector
 * sees"), chosen from what its database entry records:
 * <ol>
 *   <li>the experiment's lifetime-dependent limits ({@link LifetimeGridEscape}, NA62 and E949);</li>
 *   <li>else two-body kinematics with the parent's momentum and the detector length
 *       ({@link GeometricEscape}), each from the entry's sourced value or a user's
 *       {@link DetectorAssumption}, labelled as such;</li>
 *   <li>else nothing: a visibly decaying X counts as seen ({@link EscapeProbability#NEVER}), which
 *       can only weaken a limit.</li>
 * </ol>
 * Also gives X's boost and decay length in the experiment for {@code rates}.
 */
public final class EscapeModel {
    /** How the escape probability is obtained. */
    public enum Method {
        LIFETIME_GRID("the experiment's lifetime-dependent limits"),
        GEOMETRY("two-body kinematics and the detector length"),
        NONE("no detector size: a visibly decaying X counts as seen");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final LimitEntry entry;
    private final Method method;
    private final String description;
    private final double parentMass;
    private final double daughterMass;
    private final OptionalDouble parentMomentum;
    private final OptionalDouble detectorLength;

    private EscapeModel(LimitEntry entry, Method method, String description, double parentMass, double daughterMass,
                        OptionalDouble parentMomentum, OptionalDouble detectorLength) {
        this.entry = entry;
        this.method = method;
        this.description = description;
        this.parentMass = parentMass;
        this.daughterMass = daughterMass;
        this.parentMomentum = parentMomentum;
        this.detectorLength = detectorLength;
    }

    /**
     * @param assumption the user's stated detector length (and parent momentum) for this entry, if any
     * @throws InvalidInputException for a visible search (it has no escape), an assumption on an entry with lifetime-dependent limits, or a
     *                               detector length without a parent momentum (neither sourced nor assumed)
     */
    public static EscapeModel of(LimitEntry entry, Optional<DetectorAssumption> assumption, Inputs inputs) {
        if (entry.visible().isPresent()) {
            throw InvalidInputException.of("detector assumption", "entry", entry.id(),
                    "a missing-energy entry: " + entry.id() + " is a search that sees X decay into " + entry.visible().get().finalState().label());
        }
        Channel channel = entry.process();
        double parentMass = inputs.mass(channel.parent());
        double daughterMass = channel.daughter() == null ? 0 : inputs.mass(channel.daughter());
        if (entry.escape() instanceof Escape.LifetimeCurves grid) {
            if (assumption.isPresent()) {
                throw InvalidInputException.of("detector assumption", "entry", entry.id(), "an entry without "
                        + "lifetime-dependent limits: " + entry.id() + " uses the experiment's own (" + grid.source() + ")");
            }
            return new EscapeModel(entry, Method.LIFETIME_GRID, Method.LIFETIME_GRID.description() + " (" + grid.source()
                    + "), interpolated in 1/tau", parentMass, daughterMass, OptionalDouble.empty(), OptionalDouble.empty());
        }
        Escape.Geometry geometry = (Escape.Geometry) entry.escape();
        OptionalDouble momentum = geometry.parentMomentum_GeV();
        String momentumSource = geometry.parentMomentumSource();
        OptionalDouble length = geometry.detectorLength_m();
        String lengthSource = geometry.detectorLengthSource();
        if (assumption.isPresent()) {
            DetectorAssumption stated = assumption.get();
            length = OptionalDouble.of(stated.detectorLength_m());
            lengthSource = "ASSUMPTION stated by the user";
            if (stated.parentMomentum_GeV().isPresent()) {
                momentum = stated.parentMomentum_GeV();
                momentumSource = "ASSUMPTION stated by the user";
            }
            if (momentum.isEmpty()) {
                throw InvalidInputException.of("parent momentum of " + entry.id(), "p", "missing",
                        "a parent momentum in GeV with the detector length: the database has none for this experiment ("
                                + geometry.parentMomentumSource() + ")");
            }
        }
        if (length.isEmpty() || momentum.isEmpty()) {
            return new EscapeModel(entry, Method.NONE, Method.NONE.description() + " (" + geometry.source() + ")",
                    parentMass, daughterMass, momentum, OptionalDouble.empty());
        }
        String text = String.format(Locale.ROOT, "%s: L = %.4g m (%s), parent momentum %.4g GeV (%s)",
                Method.GEOMETRY.description(), length.getAsDouble(), lengthSource, momentum.getAsDouble(), momentumSource);
        return new EscapeModel(entry, Method.GEOMETRY, text, parentMass, daughterMass, momentum, length);
    }

    public LimitEntry entry() {
        return entry;
    }

    public Method method() {
        return method;
    }

    /** The method with its sources (and assumptions), for the output. */
    public String description() {
        return description;
    }

    /** Whether X can be produced at m_X here (two-body decay of the parent open). */
    public boolean open(double massX) {
        return parentMass > daughterMass + massX;
    }

    /** The escape probability at m_X, as a function of the proper lifetime. */
    public EscapeProbability at(double massX) {
        return switch (method) {
            case LIFETIME_GRID -> LifetimeGridEscape.at((Escape.LifetimeCurves) entry.escape(), massX, entry.upperLimit90(massX));
            case GEOMETRY -> GeometricEscape.of(detectorLength.getAsDouble(), massX, restMomentum(massX), parentMass,
                    parentMomentum.getAsDouble());
            case NONE -> EscapeProbability.NEVER;
        };
    }

    /** p* = λ^½(M², m_d², m_X²)/(2M): X's momentum in the parent's rest frame, GeV. */
    public double restMomentum(double massX) {
        double sum = parentMass * parentMass - (daughterMass + massX) * (daughterMass + massX);
        double difference = parentMass * parentMass - (daughterMass - massX) * (daughterMass - massX);
        return Math.sqrt(Math.max(0, sum * difference)) / (2 * parentMass);
    }

    /**
     * X's boost βγ = |p|/m_X in this experiment: in the laboratory averaged over the decay angle when
     * the parent's momentum is known (sourced or assumed), else in the parent's rest frame.
     */
    public Boost boost(double massX) {
        double rest = restMomentum(massX);
        if (parentMomentum.isEmpty()) {
            return new Boost(rest / massX, "parent rest frame (the parent's momentum in this experiment is not in the database)");
        }
        double momentum = parentMomentum.getAsDouble();
        if (momentum == 0) {
            return new Boost(rest / massX, "laboratory (parent at rest)");
        }
        // ⟨|p_lab|⟩ over the decay angle: the same quadrature as the escape probability, at L m_X/c = 1 s
        GeometricEscape unit = GeometricEscape.of(XDecays.SPEED_OF_LIGHT_M_PER_S / massX, massX, rest, parentMass, momentum);
        return new Boost(unit.meanInverseFlightTime() / massX, "laboratory, averaged over the decay angle");
    }

    /** βγ and the frame it is given in. */
    public record Boost(double betaGamma, String frame) {
    }
}
