package org.anomalon.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anomalon.fit.FitTerm;
import org.anomalon.fit.LimitReading;
import org.anomalon.fit.SquaredReading;
import org.anomalon.inputs.EwScheme;
import org.anomalon.inputs.Inputs;
import org.anomalon.inputs.TopMassScheme;
import org.anomalon.limits.Quantity;
import org.anomalon.observables.Channel;
import org.anomalon.triangle.StContribution;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the core's closed types, by the spelling output uses ({@code gx-axww},
 * {@code msbar-mz}, {@code 2026}, {@code B+->K*+X}): an option is typed where it is declared, and a
 * wrong value fails while the command line is parsed, naming the option (exit 2).
 */
final class EnumOptions {
    private EnumOptions() {
    }

    /** Converts the label of one constant of {@code E} to the constant; lists the labels as completion candidates. */
    abstract static class ByLabel<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
        private final E[] values;
        private final Function<E, String> label;

        ByLabel(E[] values, Function<E, String> label) {
            this.values = values;
            this.label = label;
        }

        @Override
        public E convert(String text) {
            return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + text + "' is not allowed; expected one of "
                            + Arrays.stream(values).map(label).collect(Collectors.joining(", "))));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values).map(label).iterator();
        }
    }

    static final class TopMassSchemes extends ByLabel<TopMassScheme> {
        TopMassSchemes() {
            super(TopMassScheme.values(), TopMassScheme::label);
        }
    }

    static final class FitTerms extends ByLabel<FitTerm> {
        FitTerms() {
            super(FitTerm.values(), FitTerm::label);
        }
    }

    static final class EwSchemes extends ByLabel<EwScheme> {
        EwSchemes() {
            super(EwScheme.values(), EwScheme::label);
        }
    }

    static final class PdgEditions extends ByLabel<Inputs.PdgEdition> {
        PdgEditions() {
            super(Inputs.PdgEdition.values(), Inputs.PdgEdition::label);
        }
    }

    static final class SmithTaitRules extends ByLabel<StContribution> {
        SmithTaitRules() {
            super(StContribution.values(), StContribution::option);
        }
    }

    static final class Quantities extends ByLabel<Quantity> {
        Quantities() {
            super(Quantity.values(), Quantity::option);
        }
    }

    static final class SquaredReadings extends ByLabel<SquaredReading> {
        SquaredReadings() {
            super(SquaredReading.values(), SquaredReading::label);
        }
    }

    static final class LimitReadings extends ByLabel<LimitReading> {
        LimitReadings() {
            super(LimitReading.values(), LimitReading::label);
        }
    }

    static final class Channels extends ByLabel<Channel> {
        Channels() {
            super(Channel.values(), Channel::label);
        }
    }
}
