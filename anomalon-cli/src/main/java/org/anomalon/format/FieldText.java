package org.anomalon.format;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anomalon.model.Rationals;
import org.anomalon.spectra.AnomalonField;
import org.apache.commons.numbers.fraction.BigFraction;

/** Anomalon fields as text, {@code kind(n, Y, X)} with the free charge X' where there is one. */
public final class FieldText {
    private FieldText() {
    }

    /** The fields of a spectrum, joined with {@code separator}. */
    public static String fields(List<AnomalonField> fields, String separator) {
        return fields.stream().map(FieldText::field).collect(Collectors.joining(separator));
    }

    private static String field(AnomalonField field) {
        String colour = field.colourDimension() > 1 ? field.colourDimension() + ", " : "";
        return field.kind() + "(" + colour + field.su2Dimension() + ", " + Rationals.format(field.hypercharge()) + ", "
                + charge(field, Rationals::format, "X'") + ")";
    }

    /** X = c + k X' written with {@code rational} for c and |k|, and {@code shiftName} for X'. */
    public static String charge(AnomalonField field, Function<BigFraction, String> rational, String shiftName) {
        BigFraction slope = field.shiftCoefficient();
        if (slope.signum() == 0) {
            return rational.apply(field.chargeX());
        }
        String constant = field.chargeX().signum() == 0 ? "" : rational.apply(field.chargeX());
        String sign = slope.signum() < 0 ? "-" : constant.isEmpty() ? "" : "+";
        String magnitude = slope.abs().equals(BigFraction.ONE) ? "" : rational.apply(slope.abs());
        return constant + sign + magnitude + shiftName;
    }
}
