package hotline.load;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.sipp.SippLogs;
import hotline.sipp.SippRunner;
import hotline.sut.ChildProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short load run against the embedded Kamailio with both engines, one after the other on the
 * same switch: every answered call at its line, no call at a wrong line, the counts adding up,
 * and the files a run leaves.
 */
class LoadRunTest {
  private static final int RATE = 40;
  private static final Duration WINDOW = Duration.ofSeconds(3);

  @Test
  void bothEnginesCarryAShortLoadToTheRightLines(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    LoadSettings settings = new LoadSettings(List.of(Checkout.fixture("load/three-areas-large-trunks.yaml")), out, List.of(Engine.SIPP, Engine.JAIN),
        RATE, WINDOW, 0, false, Duration.ofSeconds(10));

    LoadReport report = new LoadRun(settings, LoadProgress.NONE).execute();

    assertThat(report.trials()).extracting(LoadResult::engine).containsExactly(Engine.SIPP, Engine.JAIN);
    for (LoadResult t : report.trials()) {
      assertThat(t.wrongLine()).as("%s: calls at a wrong line", t.engine()).isZero();
      assertThat(t.planned()).isEqualTo(RATE * WINDOW.toSeconds());
      assertThat(t.attempted()).as("%s: calls placed", t.engine()).isEqualTo(t.planned());
      assertThat(t.answered() + t.failed()).isEqualTo(t.attempted());
      assertThat(t.failures().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(t.failed());
      assertThat(t.setup().count()).as("%s: setup times of the answered calls", t.engine()).isEqualTo(t.answered());
      // a loaded CI machine may lose a call to a timeout; the routing must never be wrong
      assertThat(t.answered()).as("%s: answered calls; failures %s", t.engine(), t.failures()).isGreaterThanOrEqualTo(t.attempted() * 9 / 10);
    }
    LoadResult sipp = report.trials().get(0);
    Path center = sipp.dir().resolve("callcenter").resolve(SippRunner.CALL_LOG);
    List<SippLogs.LineArrival> arrivals = SippLogs.arrivals(center);
    assertThat(arrivals).noneMatch(SippLogs.LineArrival::wrong);
    assertThat(arrivals).hasSizeGreaterThanOrEqualTo((int) sipp.answered());
    try (Stream<Path> callers = Files.list(sipp.dir())) {
      assertThat(callers.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("caller-")))
          .containsExactlyInAnyOrder("caller-guangzhou", "caller-shenzhen", "caller-foshan");
    }
    assertThat(out.resolve(LoadRun.RESULTS)).content().contains("\"kind\" : \"load\"", "\"wrong_line\" : 0", "\"jain_warm_up\" : null", "\"retransmissions\" : null");
    assertThat(out.resolve(LoadRun.JUNIT)).content().contains("hotline.load.sipp", "hotline.load.jain");
    assertThat(ChildProcesses.live()).as("processes left running").isEmpty();
  }
}
