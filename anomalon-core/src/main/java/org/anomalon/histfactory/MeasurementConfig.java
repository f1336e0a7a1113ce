package org.anomalon.histfactory;

import java.util.List;
import java.util.Optional;

/**
 * A measurement of a pyhf workspace: its parameter of interest and the settings that override the
 * defaults of some parameters.
 *
 * @param name       the measurement's name
 * @param poi        the parameter of interest (a {@link Modifier.NormFactor} or {@link Modifier.BinFactor} name)
 * @param parameters the settings, at most one per name
 */
public record MeasurementConfig(String name, String poi, List<ParameterSetting> parameters) {
    public MeasurementConfig {
        parameters = List.copyOf(parameters);
    }

    /** The setting of a parameter, if the measurement has one. */
    public Optional<ParameterSetting> setting(String parameter) {
        return parameters.stream().filter(p -> p.name().equals(parameter)).findFirst();
    }
}
