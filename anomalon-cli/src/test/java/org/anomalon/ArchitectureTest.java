package org.anomalon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.anomalon.cli.AnomalonCommand;
import org.anomalon.study.ModelStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout is the architecture (docs/library.md): {@code anomalon-core} is physics and
 * depends on no user-interface package; the report, the plots and the shared formatting do not
 * import the command line. Checked with the JDK's own {@code jdeps} on the compiled classes.
 */
class ArchitectureTest {
    private static final Set<String> USER_INTERFACE = Set.of("org.anomalon.cli", "org.anomalon.report",
            "org.anomalon.plot", "org.anomalon.format", "org.anomalon.serve");
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s*(org\\.anomalon[\\w.]*)\\s+->\\s+(org\\.anomalon[\\w.]*)\\s");
    private static List<String[]> dependencies;

    @BeforeAll
    static void runJdeps() throws URISyntaxException {
        dependencies = new ArrayList<>();
        dependencies.addAll(packageDependencies(classesOf(ModelStudy.class), classesOf(AnomalonCommand.class)));
        dependencies.addAll(packageDependencies(classesOf(AnomalonCommand.class), classesOf(ModelStudy.class)));
    }

    @Test
    void jdepsSeesTheCorePackagesAndTheCommandLine() {
        assertThat(dependencies).extracting(d -> d[0]).contains("org.anomalon.study", "org.anomalon.cli", "org.anomalon.report");
        assertThat(dependencies).anyMatch(d -> d[0].equals("org.anomalon.report") && d[1].equals("org.anomalon.study"));
    }

    @Test
    void theCoreDependsOnNoUserInterfacePackage() {
        Set<String> offending = new TreeSet<>();
        for (String[] d : dependencies) {
            if (!USER_INTERFACE.contains(d[0]) && USER_INTERFACE.stream().anyMatch(ui -> d[1].equals(ui))) {
                offending.add(d[0] + " -> " + d[1]);
            }
        }
        assertThat(offending).isEmpty();
    }

    /** The explorer runs the commands themselves (so its JSON is the command line's): it alone may import them. */
    @Test
    void onlyTheCommandLineAndTheExplorerImportTheCommandLine() {
        assertThat(dependencies).filteredOn(d -> d[1].equals("org.anomalon.cli")
                        && !d[0].equals("org.anomalon.cli") && !d[0].equals("org.anomalon.serve"))
                .extracting(d -> d[0] + " -> " + d[1]).isEmpty();
    }

    @Test
    void plotsAndFormattingDoNotImportTheReport() {
        assertThat(dependencies).filteredOn(d -> d[1].equals("org.anomalon.report")
                        && (d[0].equals("org.anomalon.plot") || d[0].equals("org.anomalon.format")))
                .extracting(d -> d[0] + " -> " + d[1]).isEmpty();
    }

    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** jdeps -verbose:package: every (from, to) pair of anomalon packages, {@code other} on the class path. */
    private static List<String[]> packageDependencies(Path classes, Path other) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-cp", other.toString(),
                classes.toString());
        assertThat(code).as(out.toString()).isZero();
        List<String[]> pairs = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = DEPENDENCY.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                pairs.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return pairs;
    }
}
