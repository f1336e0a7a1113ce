package org.anomalon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.anomalon.InvalidInputException;
import org.anomalon.PhysicsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code anomalon} command. Exit codes: 0 success, 1 internal error, 2 invalid input
 * (usage errors included), 3 a well-formed request that physics does not allow.
 */
@Command(name = "anomalon", mixinStandardHelpOptions = true, versionProvider = AnomalonCommand.Version.class,
        description = "Anomalous light vectors: anomalies, anomalon spectra, couplings, rates, limits, fits and UV models.",
        subcommands = {ReportCommand.class, ModelsCommand.class, AnomaliesCommand.class, SpectraCommand.class,
                RatesCommand.class, LimitsCommand.class, FitCommand.class, UvCommand.class, DataCommand.class})
public final class AnomalonCommand implements Runnable {
    public static final int EXIT_INVALID_INPUT = 2;
    public static final int EXIT_PHYSICS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with anomalon's exception handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AnomalonCommand());
        // Usage errors (unknown option, a value a typed option does not accept) on one line, like every other error.
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("anomalon: " + exception.getMessage() + " (see '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return EXIT_INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("anomalon: " + exception.getMessage());
            cmd.getErr().flush();
            if (exception instanceof InvalidInputException) {
                return EXIT_INVALID_INPUT;
            }
            if (exception instanceof PhysicsException) {
                return EXIT_PHYSICS;
            }
            exception.printStackTrace(cmd.getErr());
            return 1;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
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
