package org.anomalon.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.cli.AnomalonCommand;
import picocli.CommandLine;

/**
 * One {@code anomalon} command run in-process as the command line runs it, with what it printed
 * captured. Each run gets a fresh {@link CommandLine} of just the subcommand it names (building
 * all of them costs more than most computations), with the command line's exception handling,
 * so parsing, output, messages and exit codes are those of {@code anomalon COMMAND …}.
 *
 * @param exitCode 0, {@link AnomalonCommand#EXIT_INVALID_INPUT}, {@link AnomalonCommand#EXIT_PHYSICS} or 1
 * @param out      standard output
 * @param err      standard error
 */
public record CommandRun(int exitCode, String out, String err) {
    /** The class of each subcommand, by name (read once from the command line's annotations). */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommandClasses();

    /** @param arguments the command line after {@code anomalon}, e.g. {@code [limits, --charges=Ltau=1]} */
    public static CommandRun of(List<String> arguments) {
        Class<?> subcommand = arguments.isEmpty() ? null : SUBCOMMANDS.get(arguments.get(0));
        CommandLine commandLine = subcommand == null ? AnomalonCommand.commandLine()
                : AnomalonCommand.withExitCodes(new CommandLine(subcommand));
        List<String> rest = subcommand == null ? arguments : arguments.subList(1, arguments.size());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(rest.toArray(String[]::new));
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** The one-line message of a failed run: the first line it printed on standard error. */
    public String message() {
        String trimmed = err.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).stripTrailing();
    }

    private static Map<String, Class<?>> subcommandClasses() {
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        AnomalonCommand.commandLine().getSubcommands()
                .forEach((name, command) -> classes.put(name, command.getCommandSpec().userObject().getClass()));
        return Map.copyOf(classes);
    }
}
