package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's --help: each option described, every default printed is a real value (no "Default: null"). */
class HelpTest {

    static Stream<String> commands() {
        return AnomalonCommand.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpStatesRealDefaultsAndDescribesEveryOption(String command) {
        CliTestSupport help = CliTestSupport.run(command, "--help");
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).doesNotContainIgnoringCase("default: null").doesNotContain("${DEFAULT-VALUE}", "(default: )");
        List<OptionSpec> options = AnomalonCommand.commandLine().getSubcommands().get(command).getCommandSpec().options();
        assertThat(options).allSatisfy(option -> assertThat(String.join(" ", option.description())).as(option.longestName())
                .isNotBlank());
    }
}
