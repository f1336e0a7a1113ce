package org.anomalon.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.anomalon.cli.CliProcess;
import org.anomalon.cli.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running server answers a question with the same bits whatever it was asked before, and
 * the same bits as a fresh {@code anomalon} process: the server shares the Belle II likelihood of a
 * q² column between requests (built and solved once), so a fit must not depend on which models were
 * fitted before it in that column, nor on the mass asked before.
 */
class AnswersIndependentOfHistoryTest {
    private static final String TAU_FLAVOUR = "/api/fit?charges=Ltau%3D1";
    private static final String CHIRAL = "/api/fit?charges=l3%3D4%2Ce3%3D-1";

    @Test
    void fitOfAModelIsTheSameBeforeAndAfterOtherFitsAndAsInAFreshProcess(@TempDir Path scratch) {
        String first;
        String again;
        String chiral;
        try (ServerFixture fixture = new ServerFixture()) {
            first = body(fixture.get(TAU_FLAVOUR));
            chiral = body(fixture.get(CHIRAL));
            body(fixture.get(CHIRAL + "&mx=1.5&without-z=true"));
            body(fixture.get("/api/limits?points=400&charges=l3%3D4%2Ce3%3D-1"));
            again = body(fixture.get(TAU_FLAVOUR));
        }
        assertThat(again).isEqualTo(first);
        CliTestSupport fresh = CliProcess.in(scratch, scratch, "fit", "--charges", "Ltau=1", "--format", "json").run();
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(first).isEqualTo(fresh.out());
        CliTestSupport freshChiral = CliProcess.in(scratch, scratch, "fit", "--charges", "l3=4,e3=-1", "--format", "json").run();
        assertThat(chiral).as("the second model, fitted after the first in the same column").isEqualTo(freshChiral.out());
    }

    private static String body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
