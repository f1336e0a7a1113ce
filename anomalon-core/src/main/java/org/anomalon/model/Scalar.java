package org.anomalon.model;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A complex scalar that breaks U(1)_X (SM singlet unless stated otherwise by the model file).
 *
 * @param name    label, e.g. {@code S}
 * @param chargeX its U(1)_X charge X_S
 */
public record Scalar(String name, BigFraction chargeX) {
}
