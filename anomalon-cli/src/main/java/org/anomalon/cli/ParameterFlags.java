package org.anomalon.cli;

import java.util.EnumMap;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's names for the core's {@link Parameter}s. The core reports a bad value by its
 * parameter; the command that ran puts the flag it has for that parameter in front of the
 * message ({@code --mx: m_X = 0.0 is not allowed; ...}). A command without that flag (the report
 * chooses m_X itself) leaves the parameter's own name.
 */
final class ParameterFlags {
    private static final Map<Parameter, String> FLAGS = new EnumMap<>(Map.ofEntries(
            Map.entry(Parameter.MASS_X, "--mx"), Map.entry(Parameter.COUPLING_X, "--gx"),
            Map.entry(Parameter.BOOST, "--beta-gamma"), Map.entry(Parameter.BREAKING_CHARGE, "--xs"),
            Map.entry(Parameter.MASS_MIN, "--mx-min"), Map.entry(Parameter.MASS_MAX, "--mx-max"),
            Map.entry(Parameter.MASS_POINTS, "--points"), Map.entry(Parameter.PLANE_NODES, "--grid"),
            Map.entry(Parameter.PLANE_X_RANGE, "--x-range"), Map.entry(Parameter.PLANE_Y_RANGE, "--y-range"),
            Map.entry(Parameter.REGION_DOF, "--region-dof"), Map.entry(Parameter.MODEL, "--model"),
            Map.entry(Parameter.MEASUREMENT_SET, "--data"), Map.entry(Parameter.MEASUREMENT_GROUP, "--include"),
            Map.entry(Parameter.FIT_TERMS, "--terms"), Map.entry(Parameter.WORKSPACE, "--workspace"),
            Map.entry(Parameter.WORKSPACE_MEASUREMENT, "--measurement"),
            Map.entry(Parameter.ALPHA_BL, "--alpha-bl"), Map.entry(Parameter.FIELD_COUNT, "--npsi"),
            Map.entry(Parameter.MAX_DIMENSION, "--max-n"), Map.entry(Parameter.MAX_DENOMINATOR, "--max-denominator"),
            Map.entry(Parameter.MIN_NATURALNESS_MASS, "--min-mass-tev"), Map.entry(Parameter.SU2_COUPLING, "--g"),
            Map.entry(Parameter.HYPERCHARGE_COUPLING, "--g-prime"), Map.entry(Parameter.RENORMALISATION_SCALE, "--mu"),
            Map.entry(Parameter.HIGGS_MASS, "--higgs-mass"), Map.entry(Parameter.FINE_TUNING, "--delta"),
            Map.entry(Parameter.NATURALNESS_PRESET, "--naturalness"), Map.entry(Parameter.MAX_SINGLETS, "--max-singlets"),
            Map.entry(Parameter.MAX_RESULTS, "--max-results"), Map.entry(Parameter.YUKAWA, "--yukawa"),
            Map.entry(Parameter.YUKAWA_LEFT, "--yl"), Map.entry(Parameter.YUKAWA_RIGHT, "--yr"),
            Map.entry(Parameter.MEDIATOR_MASS, "--fn-mass"), Map.entry(Parameter.SCALAR_VEV, "--vev")));
    /** Where the command line lists what a parameter may be. */
    private static final Map<Parameter, String> HINTS = Map.of(Parameter.INPUT_NAME,
            " (see 'anomalon rates --list-inputs')");

    private ParameterFlags() {
    }

    /** Each parameter's flag (a flag some command has; ParameterFlagsTest checks that). */
    static Map<Parameter, String> flags() {
        return java.util.Collections.unmodifiableMap(FLAGS);
    }

    /** The message of {@code error} as {@code command} prints it: its flag for the parameter, when it has one. */
    static String message(InvalidInputException error, CommandSpec command) {
        return error.parameter().map(parameter -> {
            String flag = FLAGS.get(parameter);
            InvalidInputException named = flag != null && command.findOption(flag) != null ? error.withSource(flag) : error;
            return named.getMessage() + HINTS.getOrDefault(parameter, "");
        }).orElse(error.getMessage());
    }
}
