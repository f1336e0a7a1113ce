package org.anomalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz set of issue 16: every bad or edge input found by trying about a thousand of them on
 * every command. Each one either is refused (exit 2, one line naming the flag or file, the value
 * and what is allowed) or answers with a documented warning (exit 0, {@code Warning:} in text,
 * {@code warnings} in JSON); none takes more than {@link #BOUND}, none prints a stack trace.
 */
class BadInputsTest {
    /** Every case finishes within this, on a loaded two-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String REFUSED = "refused";
    private static final String WARNED = "warned";

    @TempDir
    static Path scratch;

    private static Path fifo;
    private static Path hugeModel;
    private static Path tinyExponentModel;
    private static Path deepModel;
    private static Path longNumberModel;

    @BeforeAll
    static void files() throws IOException, InterruptedException {
        fifo = scratch.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        hugeModel = scratch.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(hugeModel.toFile(), "rw")) {
            file.setLength(50L << 20); // 50 MB (sparse: written in no time)
        }
        tinyExponentModel = write("tiny.yaml", "name: tiny\ncharges: {B: 1e-99999999, Ltau: -1}\n");
        deepModel = write("deep.yaml", "name: deep\ncharges: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        longNumberModel = write("long.yaml", "name: long\ncharges: {B: 1" + "0".repeat(5000) + ", Ltau: -1}\n");
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(scratch.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> cases() {
        String point = "--mx=2.1 --gx=0.018";
        List<Arguments> cases = new ArrayList<>(List.of(
                // charges: huge, with huge exponents, unbounded integers
                refused("anomalies --charges=B=1e400,Ltau=-1", "--charges: B = '1E+400' is not allowed"),
                refused("anomalies --charges=B=10^5000/7,Ltau=-1", "--charges: B = '10^5000/7' is not allowed"),
                refused("anomalies --charges=B=" + "9".repeat(39) + ",Ltau=-1", "of size at most 10^6"),
                refused("anomalies --charges=B=" + "9".repeat(400) + ",Ltau=-1", "at most 40 characters"),
                refused("anomalies --charges=B=1e-99999999,Ltau=-1", "denominator at most 10^12"),
                refused("spectra --alpha-bl=1e-99999999", "--alpha-bl: a_{B+L}"),
                refused("limits --xs=1e400", "--xs: X_S"),
                // m_X and g_X
                refused("rates --mx=1e-300 --gx=0.018", "--mx: m_X = 1.0E-300 is not allowed"),
                refused("rates --mx=5e-324 --gx=0.018", "--mx: m_X = 4.9E-324 is not allowed"),
                refused("rates --mx=1e300 --gx=0.018", "1000 GeV"),
                refused("rates --mx=2.1 --gx=1000", "--gx: g_X = 1000.0 is not allowed; expected a finite coupling 0 < g_X <= 4 pi"),
                warned("rates --mx=2.1 --gx=10", "g_X = 10.00 > sqrt(4 pi) = 3.545 is non-perturbative"),
                warned("rates --mx=0.0076 --gx=0.018 --model=chiral-tau-l-only",
                        "BR(B+->K+X) = 0.977: a new decay this large contradicts"),
                warned("rates --mx=0.0076 --gx=0.018 --model=chiral-tau-l-only", "are below the direct-search bound"),
                warned("rates --mx=0.0076 --gx=0.04 --model=chiral-tau-l-only", "BR(B+->K+X) = 4.83 > 1 is unphysical"),
                refused("rates --mx=2.1 --gx=0.018 --beta-gamma=0", "--beta-gamma"),
                // inputs
                refused("rates " + point + " --set=sin2_theta_w=1.5", "--set: sin2_theta_w = 1.5 is not allowed; expected 0 < s_W^2 < 1"),
                refused("rates " + point + " --set=sin2_theta_w=0", "0 < s_W^2 < 1"),
                refused("rates " + point + " --set=sin2_theta_w=1", "0 < s_W^2 < 1"),
                refused("rates " + point + " --set=s_W^2=1.5", "--set: input name = 's_W^2' is not allowed"),
                refused("rates " + point + " --set=m_Z=0", "--set: m_Z = 0.0 is not allowed; expected a mass 0 < m"),
                refused("rates " + point + " --set=m_B+=0", "--set: m_B+ = 0.0 is not allowed"),
                refused("rates " + point + " --set=Gamma_B+=0", "--set: Gamma_B+ = 0.0 is not allowed; expected a width 0 < Gamma"),
                refused("rates " + point + " --set=ckm_lambda=2", "--set: ckm_lambda = 2.0 is not allowed"),
                refused("rates " + point + " --set=ckm_A=1e10", "--set: ckm_A = 1.0E10 is not allowed"),
                refused("rates " + point + " --set=ckm_A=30", "A lambda^2 = 1.5"),
                refused("rates " + point + " --set=ckm_rhobar=1e300", "--set: ckm_rhobar"),
                refused("rates " + point + " --set=alpha_0=2", "0 < alpha < 1"),
                refused("rates " + point + " --set=hbar=0", "--set: hbar"),
                refused("rates " + point + " --set=alpha_s_mz=0.9", "0 < alpha_s(M_Z) <= 0.2"),
                refused("rates " + point + " --set=m_t=1e300", "--set: m_t = 1.0E300 is not allowed"),
                // the Smith-Tait triangles take the quark masses
                refused("rates " + point + " --model=b-minus-l --set=m_t=1e300", "--set: m_t"),
                refused("rates " + point + " --model=b-minus-l --set=m_W+=0", "--set: m_W+"),
                refused("rates " + point + " --model=b-minus-l --set=mbar_c=5", "--set: mbar_c = 5.0 is not allowed; expected a mass 0 < mbar_c < 2 GeV"),
                refused("rates " + point + " --model=b-minus-l --set=mbar_s=1.5", "mbar_s < mbar_c"),
                refused("rates " + point + " --model=b-minus-l --set=mbar_u=0", "--set: mbar_u = 0.0 is not allowed"),
                refused("rates " + point + " --model=b-minus-l --set=m_W+=1e-3", "Gamma_W+ < m_W+"),
                // uv
                refused("uv --model=p0-1dl1ml-m3 --mx=1 --gx=1e-300", "above the Planck mass"),
                refused("uv --model=p0-1dl1ml-m3 --mx=1e300 --gx=0.018", "--mx: m_X"),
                warned("uv --model=p0-1dl1ml-m3 --mx=1 --gx=10", "non-perturbative"),
                warned("uv --model=p0-1dl1ml-m3 --mx=2.1 --gx=0.018 --yukawa=10", "y = 10.00 > sqrt(4 pi)"),
                refused("uv --model=p2-l-minus-4r --mx=2.1 --gx=0.018 --vev=S5=1e300", "--vev"),
                refused("uv --model=p2-l-minus-4r --mx=2.1 --gx=0.018 --fn-mass=1e300", "--fn-mass"),
                // fit, its likelihood options and the plane
                refused("fit --set=ckm_lambda=2", "--set: ckm_lambda"),
                refused("fit --plane --x-range=-1e300:1e300", "--x-range: range of g_X A_XWW"),
                refused("fit --plane --y-range=-1e300:1e300", "--y-range: range of g_X A_XYY"),
                refused("fit --xs=1e400", "--xs"),
                // spectra's naturalness inputs
                refused("spectra --delta=1e300", "--delta: Delta = 1.0E300 is not allowed"),
                refused("spectra --mu=1e300", "--mu: mu = 1.0E300 is not allowed"),
                refused("spectra --higgs-mass=1e300", "--higgs-mass: M_h = 1.0E300 is not allowed"),
                // limits
                refused("limits --mx-min=1e-300", "--mx-min"),
                refused("limits --mx-max=1e300", "--mx-max"),
                refused("limits --points=100001", "--points: number of masses = 100001 is not allowed"),
                // files: devices, FIFOs, huge, deep, long numbers
                refused("rates " + point + " --inputs=/dev/zero", "/dev/zero: not a regular file"),
                refused("limits --recast-limits=/dev/zero", "/dev/zero: not a regular file"),
                refused("fit --data=/dev/zero", "--data: measurement set = '/dev/zero' is not allowed"),
                refused("anomalies --model=/dev/zero", "/dev/zero: not a regular file")));
        cases.add(refused("rates " + point + " --inputs=" + fifo, "not a regular file"));
        cases.add(refused("anomalies --model=" + fifo, "not a regular file"));
        cases.add(refused("limits --recast-limits=" + fifo, "not a regular file"));
        cases.add(refused("fit --data=" + fifo, "--data"));
        cases.add(refused("anomalies --model=" + hugeModel, "larger than 16 MiB"));
        cases.add(refused("anomalies --model=" + tinyExponentModel, "charges.B = '1E-99999999' is not allowed"));
        cases.add(refused("anomalies --model=" + deepModel, "malformed YAML"));
        cases.add(refused("anomalies --model=" + longNumberModel, "at most 40 characters"));
        cases.add(refused("anomalies --model=" + scratch, "not a regular file"));
        return cases.stream();
    }

    private static Arguments refused(String command, String message) {
        return Arguments.of(REFUSED, command, message);
    }

    private static Arguments warned(String command, String warning) {
        return Arguments.of(WARNED, command, warning);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cases")
    void isRefusedOrWarnedInBoundedTimeWithoutAStackTrace(String outcome, String command, String message) {
        String[] args = command.split(" ");
        CliTestSupport text = assertTimeoutPreemptively(BOUND, () -> CliTestSupport.run(args));
        assertThat(text.err()).doesNotContain("\tat ", "Exception", "internal error");
        if (outcome.equals(REFUSED)) {
            assertThat(text.exitCode()).as(text.err()).isEqualTo(AnomalonCommand.EXIT_INVALID_INPUT);
            assertThat(text.err().lines()).as("one line").hasSize(1);
            assertThat(text.err()).startsWith("anomalon: ").contains(message);
            assertThat(text.out()).isEmpty();
            return;
        }
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines()).anyMatch(line -> line.startsWith("Warning: ") && line.contains(message));
        String[] json = Stream.concat(Stream.of(args), Stream.of("--format=json")).toArray(String[]::new);
        CliTestSupport structured = assertTimeoutPreemptively(BOUND, () -> CliTestSupport.run(json));
        assertThat(structured.exitCode()).as(structured.err()).isZero();
        assertThat(org.anomalon.format.Json.read(structured.out()).get("warnings"))
                .anyMatch(warning -> warning.asText().contains(message));
    }
}
