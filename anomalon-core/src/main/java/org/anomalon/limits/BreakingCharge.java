package org.anomalon.limits;

import java.util.Optional;
import org.anomalon.InvalidInputException;
import org.anomalon.model.Model;

/**
 * X_S, the U(1)_X charge of the scalar whose VEV v_X gives m_X = X_S g_X v_X (P0 eq. 4.2), with
 * where it came from (INTERFACES.md: the model's scalar when it has exactly one, else the minimal
 * anomalon spectrum, or the user's {@code --xs}).
 */
public record BreakingCharge(double value, String source) {
    public BreakingCharge {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw InvalidInputException.of("--xs", "X_S", value, "a positive, finite charge |X_S| > 0");
        }
    }

    public static BreakingCharge user(double value) {
        return new BreakingCharge(value, "--xs (user)");
    }

    /** |X_S| of the model's scalar, when the model has exactly one U(1)_X-breaking scalar. */
    public static Optional<BreakingCharge> fromModel(Model model) {
        if (model.scalars().size() != 1 || model.scalars().get(0).chargeX().signum() == 0) {
            return Optional.empty();
        }
        var scalar = model.scalars().get(0);
        return Optional.of(new BreakingCharge(Math.abs(scalar.chargeX().doubleValue()),
                "model scalar " + scalar.name() + " (X_S = " + org.anomalon.model.Rationals.format(scalar.chargeX()) + ")"));
    }
}
