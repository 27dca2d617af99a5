package hotline.load;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.sipp.SippCall;
import hotline.sipp.SippRunner;
import hotline.sut.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitWarmUpTest {
  @Test
  void stepsDoubleFromTwoHundredWhileBelowTheTargetUpToSixteenHundred() {
    assertThat(JitWarmUp.steps(50)).isEmpty();
    assertThat(JitWarmUp.steps(200)).isEmpty();
    assertThat(JitWarmUp.steps(201)).containsExactly(200);
    assertThat(JitWarmUp.steps(1000)).containsExactly(200, 400, 800);
    assertThat(JitWarmUp.steps(Integer.MAX_VALUE)).containsExactly(200, 400, 800, 1600);
  }

  @Test
  void warmUpCallsGoFromTheCallerStraightToTheCallCenter(@TempDir Path tmp) throws Exception {
    LoadMix mix = new LoadMix(List.of(new SippRunner.Area("guangzhou", List.of(new SippCall("02020000001", "12333", Optional.of("02083333333"))))));
    JainLoadEngine engine = new JainLoadEngine(mix, "127.0.0.1", FreePorts.udp("127.0.0.1"), Duration.ofSeconds(5));
    List<LoadResult> steps = engine.direct(List.of(100, 200), Duration.ofMillis(500), tmp);

    // no switch runs here: the call center itself answers every call, at the dialled number
    assertThat(steps).extracting(LoadResult::attempted).containsExactly(50L, 100L);
    assertThat(steps).allSatisfy(s -> assertThat(s.wrongLine()).as("calls answered by the call center at 12333").isEqualTo(s.attempted()));
  }

  @Test
  void aJainRunAboveTwoHundredCallsASecondWarmsUpFirstAndSaysSoInItsResults(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    LoadSettings settings = new LoadSettings(List.of(Checkout.fixture("load/three-areas-large-trunks.yaml")), out, List.of(Engine.JAIN), 300, Duration.ofSeconds(1), 0, false, Duration.ofSeconds(10));
    List<String> notes = new ArrayList<>();
    LoadProgress progress = new LoadProgress() {
      @Override
      public void note(String text) {
        notes.add(text);
      }
    };

    LoadReport report = new LoadRun(settings, progress).execute();

    assertThat(report.warmUp()).hasValueSatisfying(w -> {
      assertThat(w.ratesCps()).containsExactly(200);
      assertThat(w.calls()).isEqualTo(300);
    });
    assertThat(notes).hasSize(2).first().asString().contains("not through the switch", "200 calls/s");
    assertThat(report.trials()).singleElement().satisfies(t -> assertThat(t.attempted()).as("the warm-up's calls are not the trial's").isEqualTo(300));
    assertThat(out.resolve(LoadRun.RESULTS)).content().contains("\"jain_warm_up\" : {", "\"calls\" : 300");
  }
}
