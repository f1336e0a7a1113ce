package org.anomalon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.anomalon.format.Json;
import org.anomalon.model.BuiltinModels;
import org.anomalon.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anomalon models}: the built-in models and their sources. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List the built-in models, their sources, kinetic mixing and neutrino option.")
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public void run() {
        FormatSupport.require(format, "--format", OutputFormat.text, OutputFormat.json);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(Json.write(toJson()));
        } else {
            for (Model model : BuiltinModels.all()) {
                String marker = model.name().equals(BuiltinModels.DEFAULT) ? " (default)" : "";
                out.printf(Locale.ROOT, "%-24s %s%s%n", model.name(), model.description(), marker);
                out.printf(Locale.ROOT, "%-24s   source: %s%n", "", model.reference());
                out.printf(Locale.ROOT, "%-24s   kinetic mixing: %s%n", "", model.kineticMixing().describe());
                out.printf(Locale.ROOT, "%-24s   neutrinos: %s%n", "", model.neutrinoDescription());
            }
        }
        out.flush();
    }

    /** One object per model: name, description, source, whether it is the default, and the SM charges per field. */
    private static ArrayNode toJson() {
        ArrayNode models = Json.object().arrayNode();
        for (Model model : BuiltinModels.all()) {
            ObjectNode node = models.addObject();
            node.put("name", model.name());
            node.put("description", model.description());
            node.put("reference", model.reference());
            node.put("default", model.name().equals(BuiltinModels.DEFAULT));
            node.put("kinetic_mixing", model.kineticMixing().describe());
            node.put("neutrinos", model.neutrinoDescription());
            ObjectNode charges = node.putObject("sm_charges");
            model.smCharges().forEach((field, charge) -> charges.put(field, Json.rational(charge)));
            ArrayNode extra = node.putArray("extra_fermions");
            model.extraFermions().forEach(fermion -> extra.add(fermion.name()));
            ArrayNode scalars = node.putArray("scalars");
            model.scalars().forEach(scalar -> scalars.addObject().put("name", scalar.name())
                    .put("X", Json.rational(scalar.chargeX())));
        }
        return models;
    }
}
