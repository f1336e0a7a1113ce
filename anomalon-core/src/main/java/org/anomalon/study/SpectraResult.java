package org.anomalon.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anomalon.spectra.ChiralTauSolution;
import org.anomalon.spectra.SpectrumAssessment;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Minimal anomalon spectra for a model's SM current: P0's exhaustive search for vector currents,
 * P2's classification for the chiral τ current, or why neither applies.
 */
public sealed interface SpectraResult {

    /** Whether the study has spectra to show. */
    default boolean applies() {
        return !(this instanceof NotApplicable);
    }

    /**
     * P0 Sec. 2.3 and App. A: the viable N_Ψ = 3 and 4 spectra (colourless, every SU(2) dimension up
     * to {@code maxDimension}) for a_{B+L} ≠ 0, with P0's criteria (preset {@code paper}, Δ = 100,
     * naturalness above 1 TeV).
     *
     * @param alphaBL      a_{B+L} (P0 eq. 2.7)
     * @param maxDimension largest SU(2) dimension searched
     * @param viable       the viable spectra by N_Ψ, in search order
     */
    record VectorCurrent(BigFraction alphaBL, int maxDimension, Map<Integer, List<SpectrumAssessment>> viable)
            implements SpectraResult {
        public VectorCurrent {
            viable = Collections.unmodifiableMap(new LinkedHashMap<>(viable)); // search order, the same every run
        }
    }

    /**
     * P2's chiral τ current (only ℓ_L³ and e_R³ charged): the Table II classification.
     *
     * @param alphaL       α_L
     * @param alphaR       α_R
     * @param m            m in α_R/α_L = −1/m (P2 eq. 31); empty for α_R = 0 (m = ∞)
     * @param maxDimension largest SU(2) dimension n
     * @param solutions    the solutions with integer m
     */
    record ChiralTau(BigFraction alphaL, BigFraction alphaR, Optional<BigFraction> m, int maxDimension,
                     List<ChiralTauSolution> solutions) implements SpectraResult {
        public ChiralTau {
            solutions = List.copyOf(solutions);
        }

        /** Whether a solution has this model's m. */
        public boolean isThisModel(ChiralTauSolution solution) {
            return solution.m().equals(m);
        }
    }

    /** Why the spectra say nothing about this model. */
    record NotApplicable(String reason) implements SpectraResult {
    }
}
