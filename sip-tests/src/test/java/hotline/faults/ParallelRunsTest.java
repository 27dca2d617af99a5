package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.verify.Progress;
import hotline.verify.SutSpec;
import hotline.verify.VerifyResults;
import hotline.verify.VerifyRun;
import hotline.verify.VerifySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two verify runs of the same request at the same time on one machine, one in a child JVM and one
 * in this one: every listener takes its own free port, so both pass.
 */
@Tag("kamailio")
class ParallelRunsTest {
  @TempDir Path temp;

  @Test
  void twoRunsAtOnceBothPass() throws Exception {
    Path file = Checkout.fixture("requests/beijing.yaml");
    Path childOut = temp.resolve("child");
    Path log = temp.resolve("child.log");
    Process child = ChildVerify.start(log, "verify", file.toString(), "--out", childOut.toString());
    try {
      Path out = temp.resolve("here");
      VerifyResults here = new VerifyRun(new VerifySettings(List.of(file), out, SutSpec.parse("kamailio"), "127.0.0.1", 0, EnumSet.allOf(Check.class), 8), Progress.NONE).execute();
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child run ended").isTrue();

      assertThat(here.allPassed()).as("the run in this JVM: %s", here.checks()).isTrue();
      assertThat(child.exitValue()).as(Files.readString(log)).isZero();
      assertThat(Files.readString(childOut.resolve(VerifyRun.RESULTS))).contains("\"complete\" : true", "\"passed\" : true");
      assertThat(Files.readString(childOut.resolve("plan.json"))).as("the two call centers").doesNotContain(gateway(out));
      assertThat(Files.readString(childOut.resolve(VerifyRun.RESULTS))).as("the two switches").doesNotContain(here.sut().substring(0, here.sut().indexOf(" (")));
    } finally {
      child.destroyForcibly();
    }
  }

  private static String gateway(Path out) throws Exception {
    String plan = Files.readString(out.resolve("plan.json"));
    int at = plan.indexOf("\"gateway\" : \"");
    return plan.substring(at, plan.indexOf('"', at + 14) + 1);
  }
}
