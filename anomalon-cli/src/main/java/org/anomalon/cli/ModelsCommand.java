package org.anomalon.cli;

import java.io.PrintWriter;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code anomalon models}: the built-in models and their sources. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List the built-in models and their sources.")
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Model model : BuiltinModels.all()) {
            String marker = model.name().equals(BuiltinModels.DEFAULT) ? " (default)" : "";
            out.printf("%-24s %s%s%n", model.name(), model.description(), marker);
            out.printf("%-24s   source: %s%n", "", model.reference());
        }
        out.flush();
    }
}
