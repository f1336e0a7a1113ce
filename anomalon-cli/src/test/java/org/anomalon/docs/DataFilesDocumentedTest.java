package org.anomalon.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nobody ships an undocumented data file: every file under anomalon-core's resources is a row of the
 * table of its folder in docs/data.md (a heading naming the folder, e.g. {@code ### `org/anomalon/data/csv/`}),
 * and every row names a file that exists.
 */
class DataFilesDocumentedTest {
    private static final Path RESOURCES = Path.of("anomalon-core", "src", "main", "resources");
    private static final Pattern FOLDER_HEADING = Pattern.compile("^#{1,6} .*`([^`]+/)`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} ");
    private static final Pattern ROW_FILE = Pattern.compile("^\\|\\s*`([^`/]+)`\\s*\\|");

    @Test
    void everyShippedFileIsARowOfItsFolderInDataMd() {
        Map<String, Set<String>> documented = documentedFiles();
        List<String> undocumented = new ArrayList<>();
        for (String file : shippedFiles()) {
            int slash = file.lastIndexOf('/') + 1;
            String folder = file.substring(0, slash);
            if (!documented.getOrDefault(folder, Set.of()).contains(file.substring(slash))) {
                undocumented.add(file);
            }
        }
        assertThat(undocumented)
                .as("add a row for each to the table under the heading `<folder>/` in docs/data.md")
                .isEmpty();
    }

    @Test
    void everyRowOfDataMdNamesAShippedFile() {
        Set<String> shipped = shippedFiles();
        List<String> missing = new ArrayList<>();
        documentedFiles().forEach((folder, names) -> names.stream()
                .map(name -> folder + name)
                .filter(file -> !shipped.contains(file))
                .forEach(missing::add));
        assertThat(missing).as("docs/data.md lists files that are not shipped").isEmpty();
    }

    @Test
    void theParserFindsRowsOnlyUnderTheirFolderHeading() {
        Map<String, Set<String>> parsed = parse(List.of(
                "## Limits", "| `not-in-a-folder.csv` | x |",
                "### `org/anomalon/data/`", "| file | what |", "|---|---|", "| `limits.yaml` | catalogue |",
                "prose naming `other.csv`", "### Another heading", "| `after.csv` | x |"));
        assertThat(parsed).containsOnlyKeys("org/anomalon/data/");
        assertThat(parsed.get("org/anomalon/data/")).containsExactly("limits.yaml");
    }

    /** Resource paths relative to the resources root, '/'-separated. */
    private static Set<String> shippedFiles() {
        Path root = RepositoryTree.root().resolve(RESOURCES);
        Set<String> files = new TreeSet<>();
        for (Path file : RepositoryTree.files(root)) {
            files.add(root.relativize(file).toString().replace('\\', '/'));
        }
        return files;
    }

    private static Map<String, Set<String>> documentedFiles() {
        Path dataMd = RepositoryTree.root().resolve("docs").resolve("data.md");
        return parse(List.of(RepositoryTree.read(dataMd).split("\n", -1)));
    }

    /** Folder → file names of the table rows between the folder's heading and the next heading. */
    static Map<String, Set<String>> parse(List<String> lines) {
        Map<String, Set<String>> rows = new TreeMap<>();
        String folder = null;
        for (String line : lines) {
            if (HEADING.matcher(line).find()) {
                Matcher heading = FOLDER_HEADING.matcher(line);
                folder = heading.find() ? heading.group(1) : null;
                continue;
            }
            Matcher row = ROW_FILE.matcher(line);
            if (folder != null && row.find()) {
                rows.computeIfAbsent(folder, key -> new TreeSet<>()).add(row.group(1));
            }
        }
        return rows;
    }
}
