package org.anomalon.cli;

import java.util.Optional;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.model.Rationals;
import picocli.CommandLine.Option;

/** The shared {@code --xs} option of {@code fit} and {@code limits}: the same words, parsing and check in both. */
public final class BreakingChargeOption {
    @Option(names = "--xs", paramLabel = "X_S", description = "|X_S|, the U(1)_X charge of the breaking scalar, for "
            + "v_X = m_X/(|X_S| g_X) and the UV lines, e.g. 1/6 (default: the model's scalar when it has exactly one, "
            + "else the first viable N_Psi = 3 anomalon spectrum).")
    String charge;

    /** The user's X_S (its sign does not enter v_X), checked by {@link BreakingCharge}; empty without {@code --xs}. */
    public Optional<BreakingCharge> resolve() {
        return Optional.ofNullable(charge).map(text -> new BreakingCharge(
                Math.abs(Rationals.parse(text, "--xs", "X_S").doubleValue()), "--xs (user)"));
    }
}
