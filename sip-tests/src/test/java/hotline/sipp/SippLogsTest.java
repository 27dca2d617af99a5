package hotline.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SippLogsTest {
  @Test
  void callerResultsAndCallCenterArrivals(@TempDir Path dir) throws IOException {
    Path caller = dir.resolve("caller.log");
    Files.writeString(caller, "RESULT 200 1-77@127.0.0.1 02083333333 02083333333\nsomething else\nRESULT 503 2-77@127.0.0.1 - 075588812333\n");
    Path center = dir.resolve("center.log");
    Files.writeString(center, "ARRIVAL 02083333333 1-77@127.0.0.1 02020000001 12333 02083333333 AT 1796400221.000000 156685.000000\n"
        + "ARRIVAL 075783312333 3-77@127.0.0.1 02020000002 12333 (none) AT 1796400222.000000 5.000000 WRONG\n"
        + "ARRIVAL 0208 4-77@127");

    assertThat(SippLogs.callerResults(caller)).containsExactly(
        new SippLogs.CallerResult(200, "1-77@127.0.0.1", Optional.of("02083333333"), "02083333333"),
        new SippLogs.CallerResult(503, "2-77@127.0.0.1", Optional.empty(), "075588812333"));
    assertThat(SippLogs.arrivals(center)).containsExactly(
        new SippLogs.LineArrival("02083333333", "1-77@127.0.0.1", "02020000001", "12333", "02083333333", Instant.parse("2026-12-04T16:03:41.156685Z"), false),
        new SippLogs.LineArrival("075783312333", "3-77@127.0.0.1", "02020000002", "12333", "(none)", Instant.parse("2026-12-04T16:03:42.000005Z"), true));
    assertThat(SippLogs.callerResults(dir.resolve("absent.log"))).isEmpty();
  }

  @Test
  void aCompleteLineNotInTheScenariosFormIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path center = dir.resolve("center.log");
    Files.writeString(center, "starting\nARRIVAL 02083333333 1-77@127.0.0.1 02020000001 12333 02083333333\n");

    assertThatThrownBy(() -> SippLogs.arrivals(center)).isInstanceOf(IOException.class).hasMessageStartingWith(center + ":2: expected");
  }

  @Test
  void processTicksFromProcStat() {
    assertThat(CpuWatch.parseProcessTicks("4242 (sipp (x) y) S 1 2 3 4 5 6 7 8 9 10 150 25 0 0 20 0 1 0 100 0 0")).isEqualTo(175);
  }
}
