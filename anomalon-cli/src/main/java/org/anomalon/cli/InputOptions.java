package org.anomalon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.inputs.EwScheme;
import org.anomalon.inputs.Inputs;
import picocli.CommandLine.Option;

/**
 * The shared options that choose the numerical inputs: {@code --ew-scheme}, {@code --pdg},
 * {@code --inputs FILE} and repeatable {@code --set name=value} (applied after the file).
 */
public final class InputOptions {
    @Option(names = "--ew-scheme", paramLabel = "S", defaultValue = "alpha0", converter = EnumOptions.EwSchemes.class,
            description = "Electroweak scheme: alpha0 (alpha(0), reproduces P0) or msbar-mz (alpha(M_Z), reproduces P2). "
                    + "Default: ${DEFAULT-VALUE}.")
    EwScheme ewScheme;

    @Option(names = "--pdg", paramLabel = "YEAR", defaultValue = "2026", converter = EnumOptions.PdgEditions.class,
            description = "PDG edition of masses and widths: 2024 or 2026. Default: ${DEFAULT-VALUE}.")
    Inputs.PdgEdition pdgEdition;

    @Option(names = "--inputs", paramLabel = "FILE",
            description = "File of 'name = value' lines overriding inputs (see --list-inputs for the names).")
    Path inputsFile;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override one input, e.g. --set m_t=172.5 (repeatable; see --list-inputs).")
    List<String> assignments = new ArrayList<>();

    /** The inputs the user asked for. */
    public Inputs resolve() {
        Inputs inputs = Inputs.defaults(pdgEdition).withScheme(ewScheme);
        if (inputsFile != null) {
            inputs = inputs.withOverridesFromFile(inputsFile);
        }
        if (!assignments.isEmpty()) {
            Map<String, Double> overrides = new LinkedHashMap<>();
            for (String assignment : assignments) {
                Map.Entry<String, Double> entry = Inputs.parseAssignment(assignment, "--set");
                overrides.put(entry.getKey(), entry.getValue());
            }
            inputs = inputs.withOverrides(overrides, "--set");
        }
        return inputs;
    }
}
