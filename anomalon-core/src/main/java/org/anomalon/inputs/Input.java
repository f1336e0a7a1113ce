package org.anomalon.inputs;

/**
 * One numerical input of anomalon with the place it comes from.
 *
 * @param name   the key a user overrides it with ({@code --set name=value}), e.g. {@code m_B+}
 * @param value  the value in GeV (masses, widths), GeV s ({@code hbar}) or dimensionless
 * @param source citation: data file and paper/edition, or "user override (...)"
 */
public record Input(String name, double value, String source) {
}
