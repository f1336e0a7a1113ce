package org.anomalon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.anomalon.InvalidInputException;
import org.anomalon.PhysicsException;
import org.anomalon.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code anomalon} command. Exit codes: 0 success, 1 internal error (a bug: one line, the
 * stack trace only with the environment variable {@value #DEBUG} set), 2 invalid input (usage
 * errors included), 3 a well-formed request that physics does not allow, 4 output that could not
 * be written (standard output or a file: disk full, closed pipe).
 */
@Command(name = "anomalon", mixinStandardHelpOptions = true, versionProvider = AnomalonCommand.Version.class,
        description = "Anomalous light vectors: anomalies, anomalon spectra, couplings, rates, limits, fits and UV models.")
public final class AnomalonCommand implements Runnable {
    private static final List<Class<?>> SUBCOMMANDS = List.of(ReportCommand.class, ModelsCommand.class, AnomaliesCommand.class,
            SpectraCommand.class, RatesCommand.class, LimitsCommand.class, FitCommand.class, UvCommand.class, DataCommand.class,
            ServeCommand.class);

    public static final int EXIT_INVALID_INPUT = 2;
    public static final int EXIT_PHYSICS = 3;
    public static final int EXIT_OUTPUT = 4;
    public static final int EXIT_INTERNAL = 1;
    /** Set (to anything) to see the stack trace of an internal error. */
    public static final String DEBUG = "ANOMALON_DEBUG";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with every subcommand and anomalon's exception handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line that {@code args} need: when they start with a subcommand's name, that
     * subcommand alone (its options, help and errors are the same; building the other nine would
     * cost every run about 50 ms of CPU), else every subcommand (the top-level help, a misspelt name).
     */
    static CommandLine commandLine(String[] args) {
        return SUBCOMMANDS.stream().filter(type -> args.length > 0 && type.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().map(type -> commandLine(List.of(type))).orElseGet(AnomalonCommand::commandLine);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new AnomalonCommand());
        subcommands.forEach(commandLine::addSubcommand);
        // after the subcommands: picocli gives the exception handling to those present when it is set
        return withExitCodes(commandLine);
    }

    /**
     * Gives {@code commandLine} anomalon's exception handling: one line {@code anomalon: message} on
     * its error writer and exit code 2, 3 or 4 (a stack trace only for a bug, exit code 1), and
     * checks its standard output at the end.
     */
    public static CommandLine withExitCodes(CommandLine commandLine) {
        commandLine.setExecutionStrategy(parseResult -> checkedOutput(parseResult.commandSpec().commandLine(),
                new CommandLine.RunLast().execute(parseResult)));
        // Usage errors (unknown option, a value a typed option does not accept) on one line, like every other error.
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            // The explorer runs a subcommand on its own; its help is still that of 'anomalon <subcommand>'.
            String command = name.startsWith("anomalon") ? name : "anomalon " + name;
            cmd.getErr().println("anomalon: " + exception.getMessage() + " (see '" + command + " --help')");
            cmd.getErr().flush();
            return EXIT_INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (!(exception instanceof InvalidInputException || exception instanceof PhysicsException
                    || exception instanceof UncheckedIOException)) {
                return internalError(exception, cmd.getErr());
            }
            cmd.getErr().println("anomalon: " + (exception instanceof InvalidInputException invalid
                    ? ParameterFlags.message(invalid, cmd.getCommandSpec()) : exception.getMessage()));
            cmd.getErr().flush();
            if (exception instanceof InvalidInputException) {
                return EXIT_INVALID_INPUT;
            }
            if (exception instanceof PhysicsException) {
                return EXIT_PHYSICS;
            }
            if (exception instanceof UncheckedIOException) {
                return EXIT_OUTPUT;
            }
            return EXIT_INTERNAL;
        });
        return commandLine;
    }

    /**
     * A bug (or the JVM running out of memory): one line naming it, exit code 1; the stack trace
     * only when {@value #DEBUG} is set.
     */
    static int internalError(Throwable error, PrintWriter err) {
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        err.println(error instanceof OutOfMemoryError
                ? "anomalon: out of memory (give the JVM more, e.g. ANOMALON_JAVA_OPTS=-Xmx4g bin/anomalon ...)"
                : "anomalon: internal error: " + what.lines().findFirst().orElse("") + "; this is a bug in anomalon, "
                + "please report it with the command line (set " + DEBUG + "=1 to see the stack trace)");
        if (System.getenv(DEBUG) != null) {
            error.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    /** A failed write to standard output (PrintWriter only keeps a flag) turns success into exit code 4. */
    private static int checkedOutput(CommandLine commandLine, int exitCode) {
        PrintWriter out = commandLine.getOut();
        if (!out.checkError()) {
            return exitCode;
        }
        String reason = out instanceof CheckedWriter checked ? checked.failure() : "write error";
        commandLine.getErr().println("anomalon: cannot write to standard output: " + reason);
        commandLine.getErr().flush();
        return exitCode == 0 ? EXIT_OUTPUT : exitCode;
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(CheckedWriter.stdout());
        commandLine.setErr(CheckedWriter.stderr());
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            exitCode = internalError(e, commandLine.getErr());
        }
        System.exit(exitCode);
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"anomalon " + properties.getProperty("version")};
        }
    }
}
