package hotline.verify;

import static hotline.junit.HotlineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Activation;
import hotline.plan.Check;
import hotline.plan.Plan;
import hotline.load.Engine;
import hotline.request.RequestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check against every request fixture, through the generated Kamailio office data running as
 * an embedded switch: the product's main promise, end to end.
 */
@Tag("kamailio")
class VerifyFixturesTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyCheckPassesForEveryFixture() {
    return Checkout.requestFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> verify(f)));
  }

  private void verify(Path file) throws Exception {
    Path out = temp.resolve(file.getFileName().toString().replace(".yaml", ""));
    VerifySettings settings = new VerifySettings(List.of(file), out, SutSpec.parse("kamailio"), "127.0.0.1", 0, EnumSet.allOf(Check.class), 8, Engine.JAIN);
    VerifyResults results = new VerifyRun(settings, Progress.NONE).execute();

    assertThat(results.checks()).as("failed checks").allSatisfy(c -> assertThat(c.verdict()).as("%s %s: %s", c.check().id(), c.requestId(), c.failures()).isEqualTo(Verdict.PASSED));
    assertThat(results.complete()).isTrue();
    Plan plan = new RequestFiles().load(List.of(file));
    assertThat(results.checks()).hasSize(plan.activations().size() * Check.values().length);
    for (Activation a : plan.activations()) {
      String pilot = a.huntGroup().pilot().national();
      results.calls().stream()
          .filter(c -> c.requestId().equals(a.id()) && c.check().equals("route"))
          .forEach(c -> assertThat(c).answeredAt(pilot));
      if (a.huntGroup().hunts()) {
        CallRecord busy = results.calls().stream().filter(c -> c.requestId().equals(a.id()) && c.scenario().equals("every line busy")).findFirst().orElseThrow();
        assertThat(busy).rejectedWith(486).triedLines(a.huntGroup().lines().stream().map(l -> l.national()).toArray(String[]::new));
      }
    }
    assertThat(Files.readString(out.resolve(VerifyRun.JUNIT))).contains("failures=\"0\"");
    assertThat(Files.readString(out.resolve(VerifyRun.RESULTS))).contains("\"complete\" : true");
  }
}
