package org.anomalon.data;

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
import java.util.function.Predicate;

/**
 * A bundled data file (docs/data.md): '#' comment lines, one header row,
 * comma-separated rows (double-quoted fields may contain commas).
 */
record CsvTable(String file, List<String> header, List<List<String>> rows) {

    static CsvTable resource(String file) {
        String path = "csv/" + file;
        try (InputStream in = CsvTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing data resource org/anomalon/data/" + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line);
                if (header == null) {
                    header = fields;
                } else {
                    rows.add(fields);
                }
            }
            if (header == null) {
                throw new IllegalStateException(file + ": no header row");
            }
            return new CsvTable(file, List.copyOf(header), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(file + ": no column '" + name + "' in " + header);
        }
        return index;
    }

    /** Rows whose columns equal the given values. */
    List<List<String>> select(Map<String, String> match) {
        List<Predicate<List<String>>> tests = new ArrayList<>();
        match.forEach((name, value) -> {
            int index = column(name);
            tests.add(row -> row.get(index).trim().equals(value));
        });
        return rows.stream().filter(row -> tests.stream().allMatch(test -> test.test(row))).toList();
    }

    /** The rows by the value of one column (trimmed), each group in the order of the file. */
    Map<String, List<List<String>>> byValue(int column) {
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        for (List<String> row : rows) {
            groups.computeIfAbsent(row.get(column).trim(), value -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
