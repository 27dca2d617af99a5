package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to {@code hotline load} while SIPp places its calls: the JVM's shutdown hook stops
 * every SIPp process and the switch, and no half-written results are left behind (results.json
 * and junit.xml are written whole at the end, or not at all). The run is a child JVM on this
 * test's class path.
 */
@Tag("kamailio")
class SigtermDuringLoadTest {
  /** Until the SIPp callers run, from a cold JVM on a busy machine. */
  private static final Duration MID_RUN = Duration.ofSeconds(60);

  /** SIGTERM and 5 s before SIGKILL for each child (ChildProcesses). */
  private static final Duration EXIT_BOUND = Duration.ofSeconds(15);

  @TempDir Path temp;

  @Test
  void sigtermStopsSippAndTheSwitchAndWritesNoHalfResults() throws Exception {
    Path out = temp.resolve("out");
    Path log = temp.resolve("load.log");
    Process load = ChildVerify.start(log, "load", Checkout.fixture("load/three-areas-large-trunks.yaml").toString(),
        "--engine", "sipp", "--cps", "50", "--duration", "120", "--out", out.toString());
    try {
      List<ProcessHandle> children = awaitSippCallers(load, log);
      long signalled = System.nanoTime();
      load.destroy(); // SIGTERM
      assertThat(load.waitFor(EXIT_BOUND.toMillis(), TimeUnit.MILLISECONDS)).as("load ended within %s of SIGTERM", EXIT_BOUND).isTrue();
      System.out.printf("SIGTERM during load: exit %d after %d ms; %d child processes%n", load.exitValue(), (System.nanoTime() - signalled) / 1_000_000, children.size());

      assertThat(load.exitValue()).isEqualTo(143);
      for (ProcessHandle child : children) {
        assertThat(child.onExit()).as("child %d %s", child.pid(), child.info().command().orElse("?")).succeedsWithin(EXIT_BOUND);
      }
      assertThat(SwitchProcesses.runningFrom(out)).as("processes running from the run's folder").isEmpty();
      assertThat(out.resolve("results.json")).doesNotExist();
      assertThat(out.resolve("junit.xml")).doesNotExist();
    } finally {
      load.destroyForcibly();
      SwitchProcesses.kill(SwitchProcesses.runningFrom(out).stream(), Duration.ofSeconds(5));
    }
  }

  /** The run's child processes once at least one SIPp caller is among them (SIPp's call center starts first). */
  private static List<ProcessHandle> awaitSippCallers(Process load, Path log) throws Exception {
    long deadline = System.nanoTime() + MID_RUN.toNanos();
    while (true) {
      List<ProcessHandle> children = load.descendants().filter(ProcessHandle::isAlive).toList();
      boolean callerRuns = children.stream().anyMatch(h -> h.info().commandLine().map(c -> c.contains("sipp") && c.contains("caller")).orElse(false));
      if (callerRuns) {
        assertThat(children).as("kamailio among the children").anyMatch(h -> h.info().command().map(c -> c.endsWith("kamailio")).orElse(false));
        return children;
      }
      if (!load.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("no SIPp caller within " + MID_RUN + " (load alive: " + load.isAlive() + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      load.waitFor(50, TimeUnit.MILLISECONDS);
    }
  }
}
