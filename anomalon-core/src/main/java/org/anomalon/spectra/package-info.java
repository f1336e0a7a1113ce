/**
 * Anomalon spectra (P0 Sec. 2 and App. A; P2 Sec. III C): finite naturalness (P0 eq. 2.9),
 * radiative splitting and the neutral-lightest-particle test (P0 eq. 2.10), perturbativity (P0 eq.
 * 2.11), and the exact classification of minimal anomaly-cancelling fermions.
 */
package org.anomalon.spectra;
