package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anomalon.InvalidInputException;
import org.anomalon.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 12: the core names the parameter ({@link Parameter}), never a command-line flag; each
 * command puts its own flag in front ({@link ParameterFlags}). Checked on every string constant
 * the compiled core holds (messages, allowed domains, descriptions; Javadoc is not compiled), so
 * a message such as "use --quantity gx" anywhere in {@code anomalon-core} fails here.
 */
class CoreNamesNoFlagTest {
    /** A long option as the command line spells them: {@code --mx}, {@code --beta-gamma}. */
    private static final Pattern FLAG = Pattern.compile("--[a-z][a-z0-9-]*");

    @Test
    void noStringConstantOfTheCoreNamesAFlag() throws URISyntaxException {
        Map<String, Set<String>> flagsByClass = flagsIn(classesOf(Parameter.class));
        assertThat(flagsByClass).isEmpty();
    }

    /** The scan can fail: it finds the command line's own flags in the command line's classes. */
    @Test
    void theScanFindsTheCommandLinesFlagsInTheCommandLine() throws URISyntaxException {
        Set<String> optionNames = longOptionNames(AnomalonCommand.commandLine());
        assertThat(optionNames).contains("--mx", "--gx", "--charges", "--xs", "--vev");
        Set<String> named = new TreeSet<>();
        flagsIn(classesOf(AnomalonCommand.class)).values().forEach(named::addAll);
        assertThat(named).contains("--mx", "--charges", "--xs", "--vev");
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void aParametersErrorNamesTheParameterAndItsDomain(Parameter parameter) {
        String message = InvalidInputException.of(parameter, "-1").getMessage();
        assertThat(message).startsWith(parameter.symbol() + " = '-1' is not allowed; expected " + parameter.allowed());
        assertThat(FLAG.matcher(message).find()).as(message).isFalse();
    }

    private static Set<String> longOptionNames(CommandLine command) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            Stream.of(option.names()).filter(name -> name.startsWith("--")).forEach(names::add);
        }
        command.getSubcommands().values().forEach(sub -> names.addAll(longOptionNames(sub)));
        return names;
    }

    /** Class file name → the flags its constant pool spells (ASCII constants are stored verbatim). */
    private static Map<String, Set<String>> flagsIn(Path classes) {
        Map<String, Set<String>> found = new TreeMap<>();
        Set<String> scanned = new TreeSet<>();
        try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes);
                Stream<Path> files = Files.walk(jar == null ? classes : jar.getPath("/"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                scanned.add(file.toString());
                Matcher m = FLAG.matcher(new String(read(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    found.computeIfAbsent(file.toString(), k -> new TreeSet<>()).add(m.group());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(scanned).as("class files in " + classes).hasSizeGreaterThan(10);
        return found;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
