package org.anomalon.histfactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.anomalon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceReaderTest {
    @TempDir
    Path directory;

    @Test
    void belleTwoWorkspaceHasThePublishedStructure() {
        Workspace workspace = Workspace.readResource(HistFactoryModelTest.BELLE2);
        assertThat(workspace.channels()).hasSize(5);
        assertThat(workspace.binCount()).isEqualTo(30);
        assertThat(workspace.channels().stream().mapToDouble(c -> java.util.Arrays.stream(c.observed()).sum()).toArray())
                .containsExactly(9293, 8989, 396, 497, 252);
        Map<String, Integer> entries = new TreeMap<>();
        for (Workspace.Channel channel : workspace.channels()) {
            for (Workspace.Sample sample : channel.samples()) {
                sample.modifiers().forEach(m -> entries.merge(m.type(), 1, Integer::sum));
            }
        }
        assertThat(entries).isEqualTo(Map.of("normfactor", 3, "staterror", 30, "histosys", 403, "normsys", 30));
        HistFactoryModel model = HistFactoryModel.of(workspace);
        // 1 + 12 + 39 + 180 = 232 free parameters: μ, the normsys and histosys α, one γ per sample bin.
        assertThat(model.parameterCount()).isEqualTo(52);
        assertThat(model.gammaCount()).isEqualTo(180);
        assertThat(model.parameters().get(model.poiIndex()).name()).isEqualTo("mu");
    }

    @Test
    void invalidJsonNamesTheFileAndThePlace() {
        Path file = TinyWorkspace.write(directory, "broken.json", TinyWorkspace.JSON.replace("\"channels\": [", "\"channels\" ["));
        assertThatThrownBy(() -> Workspace.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("not valid JSON at line 2");
    }

    @Test
    void unsupportedAndUnknownModifierTypesAreRefused() {
        String shapesys = TinyWorkspace.JSON.replace("{\"name\": \"lumi\", \"type\": \"lumi\", \"data\": null}",
                "{\"name\": \"mc\", \"type\": \"shapesys\", \"data\": [3.0]}");
        assertThatThrownBy(() -> Workspace.read(TinyWorkspace.write(directory, "shapesys.json", shapesys)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("shapesys.json: channels[1] 'CR' samples[0] 'background' modifiers[1] 'mc' (shapesys)")
                .hasMessageContaining("does not implement shapesys");
        String unknown = TinyWorkspace.JSON.replace("\"type\": \"normfactor\"", "\"type\": \"normfactr\"");
        assertThatThrownBy(() -> Workspace.read(TinyWorkspace.write(directory, "unknown.json", unknown)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'mu' (normfactr)").hasMessageContaining("type = 'normfactr' is not allowed");
    }

    @Test
    void inconsistentBinCountsAreRefused() {
        String shortTemplate = TinyWorkspace.JSON.replace("\"hi_data\": [55.0, 38.0]", "\"hi_data\": [55.0]");
        assertThatThrownBy(() -> Workspace.read(TinyWorkspace.write(directory, "bins.json", shortTemplate)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("channels[0] 'SR' samples[1] 'background' modifiers[1] 'shape' (histosys)")
                .hasMessageContaining("hi_data has 1 numbers, the channel has 2 bins (its observations)");
        String shortObservation = TinyWorkspace.JSON.replace("\"data\": [60, 55]", "\"data\": [60]");
        assertThatThrownBy(() -> Workspace.read(TinyWorkspace.write(directory, "observed.json", shortObservation)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("channels[0] 'SR' samples[0] 'signal'")
                .hasMessageContaining("data has 2 numbers, the channel has 1 bin (its observations)");
    }

    /** One row per defect: the text replaced in the tiny workspace, its replacement, the message expected. */
    private static final String[][] DEFECTS = {
        {"\"version\": \"1.0.0\"", "\"version\": \"2.0\"", "version = '2.0' is not allowed"},
        {"{\"name\": \"CR\", \"data\": [105]}", "{\"name\": \"XR\", \"data\": [105]}",
            "channels[1] 'CR': no entry of 'observations' has this channel's name"},
        {"\"lo\": 0.9}", "\"lo\": -0.9}", "modifiers[0] 'bkg_norm' (normsys): lo = -0.9 is not allowed"},
        {"\"auxdata\": [1.0], \"sigmas\": [0.02], ", "", "parameter 'lumi': a lumi parameter needs 'auxdata' and 'sigmas'"},
        {"[60, 55]", "[60, -55]", "observations[0] 'SR': data = -55.0 is not allowed"},
        {"\"data\": [5.0, 4.0]", "\"data\": [5.0, \"four\"]", "data[1] = 'four' is not allowed"},
        {"\"modifiers\": [\n", "\"modifers\": [\n", "key = 'modifers' is not allowed"},
    };

    @Test
    void structuralDefectsAreRefused() {
        for (int i = 0; i < DEFECTS.length; i++) {
            String[] defect = DEFECTS[i];
            assertThat(TinyWorkspace.JSON).contains(defect[0]);
            Path file = TinyWorkspace.write(directory, "defect" + i + ".json", TinyWorkspace.JSON.replace(defect[0], defect[1]));
            assertThatThrownBy(() -> HistFactoryModel.of(Workspace.read(file))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining(defect[2]);
        }
    }

    @Test
    void aPoiThatIsNotANormfactorIsRefused() {
        String json = TinyWorkspace.JSON.replace("\"poi\": \"mu\"", "\"poi\": \"shape\"");
        Workspace workspace = Workspace.read(TinyWorkspace.write(directory, "poi.json", json));
        assertThatThrownBy(() -> HistFactoryModel.of(workspace)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("poi = 'shape'").hasMessageContaining("a normfactor");
    }
}
