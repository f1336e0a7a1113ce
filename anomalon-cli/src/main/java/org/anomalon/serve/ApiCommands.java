package org.anomalon.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anomalon.cli.AnomalonCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which {@code anomalon} commands and options the explorer runs, and how a request becomes their
 * command line: {@code GET /api/limits?charges=Ltau%3D1&points=100} is
 * {@code anomalon limits --charges=Ltau=1 --points=100 --format=json}.
 *
 * <p>The rule: a query parameter {@code name} is the option {@code --name}; a repeated parameter
 * is a repeated option; a flag takes {@code true}, {@code false} or nothing. Every option of the
 * allowed commands may be given except those that name a file of the server (options of type
 * {@link Path} or labelled FILE, e.g. {@code --plot}, {@code --inputs}, {@code --out}: the
 * explorer sets them itself where it needs them) and {@code --help}/{@code --version}; options
 * that take a model or a data set by name or by file take only names (a model file is uploaded
 * as the request body). Grid and search sizes have tighter bounds than on the command line
 * ({@link #BOUNDS}) so that one request stays within seconds. Unknown options and bad values
 * are left to the command, which answers with the command line's own message.
 */
final class ApiCommands {
    /** The commands of the API, in the order of the command line's help. */
    static final List<String> COMMANDS = List.of("models", "anomalies", "spectra", "rates", "limits", "fit", "uv", "data");
    /** Options taking a built-in name or a file: the API passes names only. */
    private static final Set<String> NAME_OR_FILE = Set.of("--model", "--models", "--data");
    /** Largest value the explorer accepts for these integer options. */
    static final Map<String, Integer> BOUNDS = Map.of("--points", 2000, "--grid", 400, "--max-n", 50,
            "--max-denominator", 12, "--max-results", 50);
    /** Longest single option value, in characters. */
    static final int MAX_VALUE_LENGTH = 1024;

    /** A resolved request path: the command (and subcommand) names, their positional arguments, and the command's options. */
    record Target(List<String> commandPath, List<String> positionals, CommandSpec spec) {
        String label() {
            return String.join(" ", commandPath);
        }
    }

    private final CommandSpec root = AnomalonCommand.commandLine().getCommandSpec();

    /**
     * @param segments the path after {@code /api/}, e.g. {@code [limits]} or {@code [data, show, ID]}
     * @param allowed  the command names this route serves
     */
    Target target(List<String> segments, List<String> allowed) {
        if (segments.isEmpty() || !allowed.contains(segments.get(0))) {
            throw new ApiException(404, "anomalon serve: unknown command '" + (segments.isEmpty() ? "" : segments.get(0))
                    + "'; the API serves " + String.join(", ", allowed));
        }
        List<String> path = new ArrayList<>(List.of(segments.get(0)));
        CommandLine command = root.subcommands().get(segments.get(0));
        int next = 1;
        if (!command.getSubcommands().isEmpty()) {
            // 'data' has subcommands: /api/data is 'data list', /api/data/show/ID is 'data show ID'.
            String name = next < segments.size() ? segments.get(next++) : "list";
            command = command.getSubcommands().get(name);
            if (command == null) {
                throw new ApiException(404, "anomalon serve: unknown subcommand '" + name + "' of " + path.get(0)
                        + "; expected one of " + root.subcommands().get(path.get(0)).getSubcommands().keySet());
            }
            path.add(name);
        }
        return new Target(path, List.copyOf(segments.subList(next, segments.size())), command.getCommandSpec());
    }

    /**
     * The command line of a request.
     *
     * @param serverOptions options the explorer adds itself (e.g. {@code --plot=FILE}), after the user's
     */
    static List<String> arguments(Target target, Query query, List<String> serverOptions) {
        List<String> arguments = new ArrayList<>(target.commandPath());
        query.parameters().forEach((name, values) -> addOption(target, name, values, arguments));
        arguments.addAll(serverOptions);
        if (target.spec().findOption("--format") != null && !query.parameters().containsKey("format")) {
            arguments.add("--format=json");
        }
        if (!target.positionals().isEmpty()) {
            arguments.add("--");
            arguments.addAll(target.positionals());
        }
        return arguments;
    }

    private static void addOption(Target target, String name, List<String> values, List<String> arguments) {
        String option = "--" + name;
        OptionSpec spec = target.spec().findOption(option);
        if (spec == null) {
            arguments.add(option + "=" + values.get(0)); // the command reports the unknown option as the command line does
            return;
        }
        if (!isAllowed(spec)) {
            throw ApiException.badRequest(option + " is not available over the API: " + (spec.usageHelp() || spec.versionHelp()
                    ? "the API documents itself in docs/serve.md"
                    : "it names a file on the server (the explorer writes figures and reports itself: see /download)"));
        }
        for (String value : values) {
            if (value.length() > MAX_VALUE_LENGTH) {
                throw ApiException.badRequest(option + ": value of " + value.length() + " characters is too long (at most "
                        + MAX_VALUE_LENGTH + ")");
            }
            if (isFlag(spec)) {
                if (flag(option, value)) {
                    arguments.add(option);
                }
                continue;
            }
            checkBound(option, value);
            checkNameOnly(option, value);
            arguments.add(option + "=" + value);
        }
    }

    /** Whether the API accepts this option: not help/version, and naming no file of the server. */
    static boolean isAllowed(OptionSpec spec) {
        boolean namesFile = spec.type() == Path.class || spec.type() == java.io.File.class
                || spec.paramLabel().toUpperCase(Locale.ROOT).contains("FILE");
        return !spec.usageHelp() && !spec.versionHelp() && !namesFile && !spec.longestName().equals("--quiet");
    }

    private static boolean isFlag(OptionSpec spec) {
        return spec.typeInfo().isBoolean() && spec.arity().max() == 0;
    }

    private static boolean flag(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(option + " is a flag: give true, false or no value, not '" + value + "'");
        };
    }

    private static void checkBound(String option, String value) {
        Integer bound = BOUNDS.get(option);
        if (bound == null) {
            return;
        }
        try {
            if (Integer.parseInt(value.strip()) > bound) {
                throw ApiException.badRequest(option + " = " + value.strip() + " is above the explorer's bound " + bound
                        + " (the command line allows more)");
            }
        } catch (NumberFormatException e) {
            // not an integer: the command reports it as the command line does
        }
    }

    private static void checkNameOnly(String option, String value) {
        if (!NAME_OR_FILE.contains(option)) {
            return;
        }
        for (String name : value.split(",")) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            if (lower.contains("/") || lower.contains("\\") || lower.endsWith(".yaml") || lower.endsWith(".yml")
                    || lower.endsWith(".json")) {
                throw ApiException.badRequest(option + " = '" + value + "': the API reads no file of the server; give a built-in "
                        + "name, or POST the model file as the request body (docs/serve.md)");
            }
        }
    }
}
