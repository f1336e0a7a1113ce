package org.anomalon.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: a user who clones it has only the repository, so no code, Javadoc,
 * help text, doc, resource header or output string may send them to a file outside it (the
 * project's formula sheet is docs/physics.md, the data provenance docs/data.md).
 */
class StandAloneRepositoryTest {
    /** Names of files that exist only in the developers' shared folder, never in a clone. */
    private static final Pattern OUTSIDE_FILE = Pattern.compile(
            "FORMULAS\\.md|PROVENANCE\\.md|METHOD\\.md|LICENSE-NOTE\\.md|STYLE\\.md|\\.\\./shared"
                    + "|shared/(data|darkcast|physics|seeds)|/[w]ork/");
    /** CI's installer may need paths of the machine it runs on; nothing a user reads. */
    private static final Set<String> EXEMPT = Set.of(".ci/run");

    @Test
    void noFileOfTheRepositoryCitesAFileOutsideIt() {
        Path root = RepositoryTree.root();
        List<String> citations = new ArrayList<>();
        for (Path file : RepositoryTree.files(root)) {
            String name = RepositoryTree.relative(file);
            if (EXEMPT.contains(name)) {
                continue;
            }
            String[] lines = RepositoryTree.read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = OUTSIDE_FILE.matcher(lines[i]);
                if (matcher.find()) {
                    citations.add(name + ":" + (i + 1) + ": " + matcher.group());
                }
            }
        }
        assertThat(citations)
                .as("cite docs/physics.md §n, docs/data.md or the paper instead")
                .isEmpty();
    }

    @Test
    void theGuardRecognisesEveryForbiddenCitation() {
        // Assembled from pieces so that this file itself contains none of them.
        for (String line : List.of("(FORMULAS" + ".md §5)", "see PROVENANCE" + ".md", ".." + "/shared/x.csv",
                "shared" + "/darkcast/x", "METHOD" + ".md", "shared" + "/seeds/p0.txt")) {
            assertThat(OUTSIDE_FILE.matcher(line).find()).as(line).isTrue();
        }
        assertThat(OUTSIDE_FILE.matcher("docs/physics.md §5; docs/data.md; P0 eq. (3.14)").find()).isFalse();
    }
}
