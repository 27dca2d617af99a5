package hotline.sut;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.verify.SutSpec;
import hotline.verify.Verdict;
import hotline.verify.VerifyResults;
import hotline.verify.VerifyRun;
import hotline.verify.VerifySettings;
import hotline.verify.Progress;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code container} switch under test: the generated configuration in the pinned Kamailio
 * image, checked by the same calls as the embedded one. Needs a Docker engine; where there is
 * none the test says so and skips.
 */
@Tag("docker")
class KamailioContainerTest {
  @TempDir Path temp;

  @BeforeAll
  static void needsDocker() {
    boolean docker = KamailioContainer.dockerAvailable();
    if (!docker) {
      System.out.println("KamailioContainerTest skipped: no Docker engine answers here (the container switch needs one)");
    }
    Assumptions.assumeTrue(docker, "no Docker engine answers here (the container switch needs one)");
  }

  @Test
  void everyCheckPassesAgainstTheContainer() throws Exception {
    VerifySettings settings = new VerifySettings(
        List.of(Checkout.fixture("requests/guangdong.yaml")), temp.resolve("out"), SutSpec.parse("container"), "127.0.0.1", 0,
        EnumSet.allOf(Check.class), 4);
    VerifyResults results = new VerifyRun(settings, Progress.NONE).execute();
    assertThat(results.sut()).contains(KamailioContainer.IMAGE.asCanonicalNameString());
    assertThat(results.checks()).allSatisfy(c -> assertThat(c.verdict()).as("%s %s: %s", c.check().id(), c.requestId(), c.failures()).isEqualTo(Verdict.PASSED));
  }
}
