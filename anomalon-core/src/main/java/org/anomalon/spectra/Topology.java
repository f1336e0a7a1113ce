package org.anomalon.spectra;

import java.util.Arrays;
import java.util.List;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;

/** How N_Ψ left-handed anomalon multiplets split into ML fields and DL pairs (P0 App. A). */
public enum Topology {
    /** N_Ψ = 2: one DL pair; never a solution (P0 App. A, "N_Ψ = 2"). */
    ONE_DL("1DL", 2),
    /** N_Ψ = 3: one ML field and one DL pair (P0 eqs. A.1–A.6). */
    ONE_ML_ONE_DL("1ML+1DL", 3),
    /** N_Ψ = 4: two DL pairs (P0 eqs. A.7–A.11). */
    TWO_DL("2DL", 4),
    /** N_Ψ = 4: one DL pair and two ML fields (P0 eqs. A.12–A.17). */
    ONE_DL_TWO_ML("1DL+2ML", 4);

    private final String label;
    private final int fieldCount;

    Topology(String label, int fieldCount) {
        this.label = label;
        this.fieldCount = fieldCount;
    }

    public String label() {
        return label;
    }

    /** N_Ψ, the number of left-handed Weyl multiplets. */
    public int fieldCount() {
        return fieldCount;
    }

    /** The topologies with N_Ψ = {@code npsi} (2, 3 or 4). */
    public static List<Topology> withFieldCount(int npsi) {
        List<Topology> matching = Arrays.stream(values()).filter(t -> t.fieldCount == npsi).toList();
        if (matching.isEmpty()) {
            throw InvalidInputException.of(Parameter.FIELD_COUNT, npsi,
                    "2, 3 or 4 (N_Psi = 1 cannot solve P0 eq. 2.5; larger N_Psi is not classified)");
        }
        return matching;
    }
}
