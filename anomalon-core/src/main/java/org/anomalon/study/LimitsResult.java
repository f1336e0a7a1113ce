package org.anomalon.study;

import java.util.Optional;
import org.anomalon.limits.CouplingLimits;
import org.anomalon.limits.UvLines;

/**
 * Coupling limits of one model with the indicative UV lines of P0 Sec. 3.3.
 *
 * @param limits the limits of every selected entry, their envelope and notes
 * @param uv     the UV lines, when the SM fields leave an anomaly to anomalons, X_S is known and the
 *               quantity has a scale
 */
public record LimitsResult(CouplingLimits limits, Optional<UvLines> uv) {
}
