package org.anomalon.spectra;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A set of anomalons solving the mixed anomaly conditions P0 eqs. (2.4)–(2.6) (or their coloured
 * form A.18–A.21) with masses from one scalar S. DL pairs are consecutive in {@link #fields()}.
 *
 * @param topology     how the fields split into ML fields and DL pairs
 * @param family       the P0 equation the solution belongs to, e.g. {@code A.6}, or {@code coloured}
 * @param alphaBL      a_{B+L} of the current (P0 eq. 2.7), or α_L for P2's chiral current
 * @param fields       the left-handed Weyl multiplets, ML fields alone and DL pairs (+Y, −Y)
 * @param scalarCharge X_S ≥ 0, the charge of S (|X_1 + X_2| of a DL pair, 2|X| of an ML field)
 */
public record AnomalonSpectrum(Topology topology, String family, BigFraction alphaBL, List<AnomalonField> fields,
                               BigFraction scalarCharge) {

    public AnomalonSpectrum {
        fields = List.copyOf(fields);
    }

    /** X_S / (3 a_{B+L}), the column of P0 Table 2. */
    public BigFraction scalarChargeOver3Alpha() {
        return scalarCharge.divide(alphaBL.multiply(3));
    }

    /** True when the charges depend on a free X' (P0 eqs. A.8–A.11). */
    public boolean hasFreeShift() {
        return fields.stream().anyMatch(f -> f.shiftCoefficient().signum() != 0);
    }

    /** The mass units: each ML field alone, each DL pair as its two members. */
    public List<List<AnomalonField>> massUnits() {
        List<List<AnomalonField>> units = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            AnomalonField field = fields.get(i);
            if (field.kind() == AnomalonKind.DL) {
                units.add(List.of(field, fields.get(++i)));
            } else {
                units.add(List.of(field));
            }
        }
        return units;
    }

    /** The heavy fermions for P0 eq. (2.9): C = 1 per ML field, C = 2 per DL pair. */
    public List<NaturalnessMultiplet> naturalnessMultiplets() {
        return massUnits().stream().map(unit -> {
            AnomalonField first = unit.get(0);
            return new NaturalnessMultiplet(first.kind(), first.colourDimension(), first.su2Dimension(),
                    first.hypercharge());
        }).toList();
    }

    /** Largest SU(2) dimension among the fields. */
    public int largestSu2Dimension() {
        return fields.stream().mapToInt(AnomalonField::su2Dimension).max().orElse(0);
    }

    /** True when every state of every field has an integer electric charge. */
    public boolean hasIntegerCharges() {
        return fields.stream().allMatch(AnomalonField::hasIntegerCharges);
    }

    /** True when some field carries colour. */
    public boolean isColoured() {
        return fields.stream().anyMatch(f -> f.colourDimension() > 1);
    }
}
