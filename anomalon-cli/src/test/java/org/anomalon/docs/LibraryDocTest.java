package org.anomalon.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.anomalon.cli.CliTestSupport;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.study.FitResult;
import org.anomalon.study.LimitsResult;
import org.anomalon.study.RatesResult;
import org.anomalon.uv.UvAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the Java blocks of docs/library.md as written (extracted from the markdown, compiled in
 * memory with the JDK's compiler) and checks that the facade gives what the command line prints:
 * for τ flavour, and for L_μ, where B(X → invisible) = 1/3.
 */
class LibraryDocTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PLAIN_BLOCK = Pattern.compile("It prints\\s*\\n\\s*```\\n(.*?)```", Pattern.DOTALL);
    /** A local variable declared at the start of a line of the example: {@code Type name = ...}. */
    private static final Pattern DECLARATION = Pattern.compile("^[A-Za-z][\\w.<>]*\\s+(\\w+)\\s*=", Pattern.MULTILINE);
    private static final String DOCUMENTED_CHARGES = "\"Ltau=1\"";

    @ParameterizedTest
    @ValueSource(strings = {"Ltau=1", "Lmu=1"})
    void theExampleGivesTheNumbersOfTheCommandLine(String charges) throws Exception {
        String markdown = Files.readString(RepositoryTree.root().resolve("docs/library.md"));
        String code = javaBlocks(markdown);
        assertThat(code).contains(DOCUMENTED_CHARGES);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, Object> variables = run(code.replace(DOCUMENTED_CHARGES, "\"" + charges + "\""), printed);

        if (charges.equals("Ltau=1")) {
            Matcher expected = PLAIN_BLOCK.matcher(markdown);
            assertThat(expected.find()).as("an 'It prints' block").isTrue();
            assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(expected.group(1));
        }
        RatesResult rates = (RatesResult) variables.get("rates");
        JsonNode ratesJson = CliTestSupport.json("rates", "--charges", charges, "--mx", "2.1", "--gx", "0.018");
        for (Channel channel : Channel.values()) {
            ChannelPrediction prediction = rates.prediction(channel);
            JsonNode json = ratesJson.get("branching_ratios").get(channel.label());
            assertThat(prediction.branchingRatio().orElse(Double.NaN)).as(channel.label())
                    .isEqualTo(json.isNull() ? Double.valueOf(Double.NaN) : Double.valueOf(json.asDouble()));
        }
        assertThat(rates.xDecays().invisibleBranchingRatio())
                .isEqualTo(ratesJson.get("x_decays").get("BR_invisible").asDouble());

        LimitsResult limits = (LimitsResult) variables.get("limits");
        JsonNode limitsJson = CliTestSupport.json("limits", "--charges", charges, "--points", "200");
        double[] envelope = limits.limits().envelope().values();
        for (int i = 0; i < envelope.length; i++) {
            JsonNode value = limitsJson.get("envelope").get("values").get(i);
            assertThat(envelope[i]).isEqualTo(value.isNull() ? Double.valueOf(Double.NaN) : Double.valueOf(value.asDouble()));
        }

        FitResult fit = (FitResult) variables.get("fit");
        JsonNode fitJson = CliTestSupport.json("fit", "--charges", charges);
        assertThat(fit.report().best().couplingX()).isEqualTo(fitJson.get("best_fit_gx").asDouble());
        assertThat(fit.report().best().significanceSigma()).isEqualTo(fitJson.get("significance_sigma").asDouble());
        assertThat(fit.invisibleFraction()).isEqualTo(fitJson.get("BR_X_invisible").asDouble())
                .isCloseTo(charges.equals("Lmu=1") ? 1.0 / 3 : 1.0, within(1e-4)); // m_mu^2/m_X^2 corrections

        UvAnalysis uv = (UvAnalysis) variables.get("uv");
        JsonNode uvJson = CliTestSupport.json("uv", "--model", "p0-1dl1ml-m3", "--mx", "2.1", "--gx",
                Double.toString(fit.report().best().couplingX()));
        assertThat(uv.scale().breakingVev_GeV()).isEqualTo(uvJson.get("v_X_GeV").asDouble())
                .isEqualTo((Double) variables.get("breakingVev"));
    }

    /** The Java blocks in order, as one program: imports first, then the statements. */
    private static String javaBlocks(String markdown) {
        StringBuilder all = new StringBuilder();
        Matcher block = JAVA_BLOCK.matcher(markdown);
        while (block.find()) {
            all.append(block.group(1));
        }
        return all.toString();
    }

    /**
     * Compiles the example as the body of a method that returns its top-level local variables by
     * name, runs it with System.out captured, and returns the variables.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(String code, OutputStream printed) throws Exception {
        List<String> imports = new ArrayList<>();
        StringBuilder statements = new StringBuilder();
        for (String line : code.split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                statements.append("        ").append(line).append('\n');
            }
        }
        StringBuilder source = new StringBuilder();
        imports.stream().distinct().forEach(line -> source.append(line).append('\n'));
        source.append("public final class LibraryExample {\n")
                .append("    public static java.util.Map<String, Object> run() throws Exception {\n")
                .append(statements)
                .append("        java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();\n");
        Matcher declaration = DECLARATION.matcher(code);
        while (declaration.find()) {
            source.append("        variables.put(\"").append(declaration.group(1)).append("\", ")
                    .append(declaration.group(1)).append(");\n");
        }
        source.append("        return variables;\n    }\n}\n");

        Class<?> example = compile("LibraryExample", source.toString());
        Method method = example.getMethod("run");
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return new LinkedHashMap<>((Map<String, Object>) method.invoke(null));
        } finally {
            System.setOut(console);
        }
    }

    private static Class<?> compile(String name, String source) throws IOException, ClassNotFoundException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            ForwardingJavaFileManager<StandardJavaFileManager> inMemory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                           FileObject sibling) {
                    return new SimpleJavaFileObject(URI.create("mem:///" + className + kind.extension), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                        }
                    };
                }
            };
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean compiled = compiler.getTask(null, inMemory, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "--release", "17"), null, List.of(file)).call();
            assertThat(compiled).as(diagnostics.getDiagnostics() + "\n" + source).isTrue();
        }
        ClassLoader loader = new ClassLoader(LibraryDocTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String className) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(className);
                if (bytes == null) {
                    throw new ClassNotFoundException(className);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(className, code, 0, code.length);
            }
        };
        return loader.loadClass(name);
    }
}
