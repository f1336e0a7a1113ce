package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The flag the command line puts in front of a core error names an option that exists. */
class ParameterFlagsTest {

    @Test
    void everyMappedFlagIsAnOptionOfSomeCommand() {
        Set<String> options = new TreeSet<>();
        collect(AnomalonCommand.commandLine(), options);
        assertThat(options).containsAll(ParameterFlags.flags().values());
    }

    @Test
    void aCommandWithTheFlagNamesItAndOneWithoutKeepsTheParameter() {
        InvalidInputException error = InvalidInputException.of(Parameter.MASS_X, 0.0);
        CommandLine rates = AnomalonCommand.commandLine().getSubcommands().get("rates");
        CommandLine anomalies = AnomalonCommand.commandLine().getSubcommands().get("anomalies");
        assertThat(ParameterFlags.message(error, rates.getCommandSpec())).startsWith("--mx: ");
        assertThat(ParameterFlags.message(error, anomalies.getCommandSpec())).doesNotContain("--mx");
    }

    private static void collect(CommandLine command, Set<String> options) {
        command.getCommandSpec().options().forEach(option -> options.addAll(java.util.List.of(option.names())));
        command.getSubcommands().values().forEach(sub -> collect(sub, options));
    }
}
