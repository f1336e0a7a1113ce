package org.anomalon.spectra;

import java.util.List;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.anomalon.model.Rationals;

/**
 * The ranges the exact search covers.
 *
 * <p>For N_Ψ = 2, 3 and the 1DL+2ML case the hypercharge is fixed by the dimensions, so the search
 * over all dimensions ≤ {@code maxDimension} is complete. For 2DL the hypercharges lie on the
 * conic N_A n Y_A² − N_B m Y_B² = N_B T(m) − N_A T(n) (P0 eqs. A.8–A.9, a generalised Pell
 * equation for (semi-)integer Y), which has infinitely many rational points once it has one; the
 * search finds every point on which Y_A or Y_B equals p/q with q ≤ {@code maxDenominator} and
 * 0 < p/q ≤ (maxDimension + 1)/2. Since Y = (n−1)/2 is one such value, every 2DL solution with a
 * neutral lightest state is found.
 *
 * @param maxDimension       largest SU(2) dimension n of any multiplet (≥ 1)
 * @param maxDenominator     largest denominator q of the scanned 2DL hypercharges (≥ 2)
 * @param colours            colour representations allowed (1 = colourless); ML fields use the real
 *                           ones (1, 8), DL pairs any with its conjugate
 * @param pseudorealMajorana also admit ML fields with even n, whose Majorana mass vanishes (P0
 *                           footnote 2); off by default, on to reproduce P0 eq. (A.5)
 */
public record SearchBounds(int maxDimension, int maxDenominator, List<Integer> colours, boolean pseudorealMajorana) {
    /** Cap on the dimension: the 2DL scan grows as maxDimension³; 100 takes a few seconds. */
    public static final int MAX_DIMENSION_CAP = 100;
    /** Cap on the 2DL hypercharge denominator. */
    public static final int MAX_DENOMINATOR_CAP = 60;
    /** Colour representations with a Dynkin index in {@code GroupTheory}. */
    public static final List<Integer> ALL_COLOURS = List.of(1, 3, 6, 8, 10, 15);
    /** Real colour representations, the only ones an ML field may carry. */
    public static final List<Integer> REAL_COLOURS = List.of(1, 8);

    public SearchBounds {
        if (maxDimension < 1 || maxDimension > MAX_DIMENSION_CAP) {
            throw InvalidInputException.of(Parameter.MAX_DIMENSION, maxDimension,
                    "a whole number 1 <= n <= " + MAX_DIMENSION_CAP
                            + " (P0 eq. 2.11 already excludes n > 11; the 2DL scan grows as n^3)");
        }
        if (maxDenominator < 2 || maxDenominator > MAX_DENOMINATOR_CAP) {
            throw InvalidInputException.of(Parameter.MAX_DENOMINATOR, maxDenominator,
                    "a whole number 2 <= q <= " + MAX_DENOMINATOR_CAP);
        }
        colours = List.copyOf(colours);
        for (int colour : colours) {
            if (!ALL_COLOURS.contains(colour)) {
                throw InvalidInputException.of("search bounds", "colour", colour, "one of " + ALL_COLOURS);
            }
        }
        if (!colours.contains(1)) {
            throw InvalidInputException.of("search bounds", "colours", colours, "a list containing 1 (colourless)");
        }
    }

    /** Colourless anomalons with n ≤ maxDimension and 2DL hypercharge denominators ≤ 6. */
    public static SearchBounds colourless(int maxDimension) {
        return new SearchBounds(maxDimension, 6, List.of(1), false);
    }

    /** As {@link #colourless(int)} plus every coloured representation anomalon knows. */
    public static SearchBounds coloured(int maxDimension) {
        return new SearchBounds(maxDimension, 6, ALL_COLOURS, false);
    }

    public SearchBounds withMaxDenominator(int denominator) {
        return new SearchBounds(maxDimension, denominator, colours, pseudorealMajorana);
    }

    public SearchBounds withPseudorealMajorana(boolean allowed) {
        return new SearchBounds(maxDimension, maxDenominator, colours, allowed);
    }

    /** Twice the largest scanned 2DL hypercharge, maxDimension + 1. */
    int twiceMaxHypercharge() {
        return maxDimension + 1;
    }

    /** One-line statement of the bounds, printed with every search result. */
    public String describe() {
        return "SU(2) dimensions n <= " + maxDimension + ", colours " + colours
                + (pseudorealMajorana ? ", pseudoreal ML fields admitted" : "")
                + "; 2DL hypercharges: Y_A or Y_B = p/q with q <= " + maxDenominator + " and 0 < p/q <= "
                + Rationals.format(Rationals.of(twiceMaxHypercharge(), 2));
    }
}
