package org.anomalon.fit;

/**
 * On which scale a measured number is quoted. The χ² is always built on the rate scale (squared
 * couplings, branching ratios), where predictions are linear in g_X² (P0 Sec. 3.2.5).
 */
public enum Scale {
    /** A coupling magnitude such as |g_S|: squared before entering the χ². */
    AMPLITUDE,
    /** A squared coupling or a branching ratio: used as it is. */
    RATE
}
