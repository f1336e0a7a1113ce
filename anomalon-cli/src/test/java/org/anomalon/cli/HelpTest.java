package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's --help, nested ones ({@code data show}) included: each option described, every
 * default printed is a real value (no "Default: null").
 */
class HelpTest {

    /** Each command as the words that run it: {@code [rates]}, {@code [data, show]}. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(AnomalonCommand.commandLine(), List.of(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            paths.add(subPath);
            collect(sub, subPath, paths);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpStatesRealDefaultsAndDescribesEveryOption(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        CliTestSupport help = CliTestSupport.run(args.toArray(String[]::new));
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: anomalon " + String.join(" ", command))
                .doesNotContainIgnoringCase("default: null").doesNotContain("${DEFAULT-VALUE}", "(default: )");
        CommandLine spec = AnomalonCommand.commandLine();
        for (String name : command) {
            spec = spec.getSubcommands().get(name);
        }
        List<OptionSpec> options = spec.getCommandSpec().options();
        assertThat(options).allSatisfy(option -> assertThat(String.join(" ", option.description())).as(option.longestName())
                .isNotBlank());
    }

    /** main builds only the subcommand it is given ({@code AnomalonCommand.commandLine(args)}): same help as in the whole tree. */
    @ParameterizedTest
    @MethodSource("commands")
    void theCommandLineOfOneSubcommandHelpsAsTheWholeTree(List<String> command) {
        String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);
        assertThat(AnomalonCommand.commandLine(args).getSubcommands()).containsOnlyKeys(command.get(0));
        assertThat(usage(AnomalonCommand.commandLine(args), args)).isEqualTo(usage(AnomalonCommand.commandLine(), args));
    }

    private static String usage(CommandLine commandLine, String[] args) {
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute(args)).isZero();
        return out.toString();
    }
}
