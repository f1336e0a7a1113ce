package org.anomalon.histfactory;

import java.util.OptionalDouble;

/**
 * The overrides of one parameter in a measurement ({@code config.parameters[]} of pyhf): bounds,
 * initial value, whether it is fixed, and for a luminosity its auxiliary value and width.
 * Absent entries keep the defaults of the parameter's modifier type.
 *
 * @param lower     lower bound
 * @param upper     upper bound
 * @param initial   initial value (the value of a fixed parameter)
 * @param fixed     whether the parameter is held at its initial value
 * @param auxiliary the auxiliary measurement of a constrained parameter ({@code auxdata})
 * @param sigma     the width of its Gaussian constraint ({@code sigmas})
 */
public record ParameterSetting(String name, OptionalDouble lower, OptionalDouble upper, OptionalDouble initial,
                               boolean fixed, OptionalDouble auxiliary, OptionalDouble sigma) {

    /** A parameter held at {@code value}. */
    public static ParameterSetting fixedAt(String name, double value) {
        return new ParameterSetting(name, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(value), true,
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A free parameter with bounds and an initial value. */
    public static ParameterSetting bounded(String name, double lower, double upper, double initial) {
        return new ParameterSetting(name, OptionalDouble.of(lower), OptionalDouble.of(upper), OptionalDouble.of(initial),
                false, OptionalDouble.empty(), OptionalDouble.empty());
    }
}
