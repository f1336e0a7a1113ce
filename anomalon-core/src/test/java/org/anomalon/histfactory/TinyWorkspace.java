package org.anomalon.histfactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small pyhf workspace with every supported modifier type, a staterror shared by two samples
 * and a lumi parameter: the test fixture whose likelihood the tests also compute by hand.
 */
final class TinyWorkspace {
    static final String JSON = """
            {
              "channels": [
                {"name": "SR", "samples": [
                  {"name": "signal", "data": [5.0, 10.0], "modifiers": [
                    {"name": "mu", "type": "normfactor", "data": null},
                    {"name": "stat_SR", "type": "staterror", "data": [1.0, 2.0]}]},
                  {"name": "background", "data": [50.0, 40.0], "modifiers": [
                    {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}},
                    {"name": "shape", "type": "histosys", "data": {"lo_data": [45.0, 42.0], "hi_data": [55.0, 38.0]}},
                    {"name": "stat_SR", "type": "staterror", "data": [5.0, 4.0]}]}]},
                {"name": "CR", "samples": [
                  {"name": "background", "data": [100.0], "modifiers": [
                    {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}},
                    {"name": "lumi", "type": "lumi", "data": null}]}]}
              ],
              "observations": [{"name": "SR", "data": [60, 55]}, {"name": "CR", "data": [105]}],
              "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": [
                {"name": "lumi", "auxdata": [1.0], "sigmas": [0.02], "bounds": [[0.5, 1.5]], "inits": [1.0]}]}}],
              "version": "1.0.0"
            }
            """;

    private TinyWorkspace() {
    }

    /** Writes {@code json} to {@code name} in {@code directory} and reads it back as a workspace. */
    static Path write(Path directory, String name, String json) {
        try {
            return Files.writeString(directory.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workspace read(Path directory) {
        return Workspace.read(write(directory, "tiny.json", JSON));
    }
}
