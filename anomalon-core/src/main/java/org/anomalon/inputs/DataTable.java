package org.anomalon.inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.UserFiles;

/**
 * A bundled data file in the format of docs/data.md: a {@code #} comment block holding the citation,
 * then one CSV header row, then rows (fields may be double-quoted). Comment lines are kept so that
 * the citation travels with the numbers.
 *
 * @param resource the classpath resource read
 * @param citation the {@code #} comment lines, without the leading {@code #}
 * @param rows     one map per data row, keyed by the header names, in file order
 */
public record DataTable(String resource, List<String> citation, List<Map<String, String>> rows) {

    public DataTable {
        citation = List.copyOf(citation);
        rows = List.copyOf(rows);
    }

    /** Reads a classpath resource, e.g. {@code org/anomalon/inputs/pdg2026_masses_widths_selected.csv}. */
    public static DataTable readResource(String resource) {
        InputStream stream = DataTable.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing bundled data file " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
    }

    /**
     * Reads a bundled table of numbers without a header row (e.g. a published number density):
     * {@code #} comment lines are skipped, every other line is one row of comma-separated numbers.
     */
    public static double[][] readNumbersResource(String resource) {
        InputStream stream = DataTable.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing bundled data file " + resource);
        }
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(splitCsv(line).stream().mapToDouble(Double::parseDouble).toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
        return rows.toArray(double[][]::new);
    }

    /** Reads a user's file in the same format; {@link IOException}s are the caller's to report. */
    public static DataTable read(java.nio.file.Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(UserFiles.readText(file, "CSV table")))) {
            return parse(reader, file.toString());
        }
    }

    private static DataTable parse(BufferedReader reader, String name) throws IOException {
        List<String> citation = new ArrayList<>();
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#")) {
                citation.add(line.substring(1).strip());
            } else if (!line.isBlank()) {
                List<String> fields = splitCsv(line);
                if (header == null) {
                    header = fields;
                } else {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                    }
                    rows.add(row);
                }
            }
        }
        return new DataTable(name, citation, rows);
    }

    /** The row whose {@code keyColumn} equals {@code key}. */
    public Map<String, String> row(String keyColumn, String key) {
        return rows.stream().filter(r -> key.equals(r.get(keyColumn))).findFirst()
                .orElseThrow(() -> new IllegalStateException(resource + ": no row with " + keyColumn + " = " + key));
    }

    /** Splits one CSV line; double quotes group fields that contain commas ({@code ""} is a quote). */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
