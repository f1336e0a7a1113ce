package org.anomalon.cli;

import java.nio.file.Path;
import org.anomalon.InvalidInputException;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.ChargeAssignment;
import org.anomalon.model.Model;
import org.anomalon.model.ModelFiles;
import picocli.CommandLine.Option;

/** The shared {@code --model M | --charges C} options. */
public final class ModelOptions {
    @Option(names = "--model", paramLabel = "M",
            description = "A built-in model (see 'anomalon models') or a YAML model file. Default: " + BuiltinModels.DEFAULT + ".")
    String model;

    @Option(names = "--charges", paramLabel = "C",
            description = "Inline charges, e.g. \"B=1/3,Ltau=-1\" or \"l3=4,e3=-1\" (keys B, Le, Lmu, Ltau, q1..n3).")
    String charges;

    /** The model the user asked for; {@link BuiltinModels#DEFAULT} when neither option is given. */
    public Model resolve() {
        if (model != null && charges != null) {
            throw InvalidInputException.because("--model/--charges", "give either --model or --charges, not both");
        }
        if (charges != null) {
            return ChargeAssignment.parseInline(charges, "--charges");
        }
        String name = model == null ? BuiltinModels.DEFAULT : model;
        if (BuiltinModels.exists(name)) {
            return BuiltinModels.load(name);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.contains("/")) {
            return ModelFiles.read(Path.of(name));
        }
        return BuiltinModels.load(name);
    }
}
