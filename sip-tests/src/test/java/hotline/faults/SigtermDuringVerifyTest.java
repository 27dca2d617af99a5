package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what Ctrl-C and CI cancellation send) to {@code hotline verify} in the middle of its
 * calls: the JVM's shutdown hooks stop Kamailio, release the ports and write the results so far,
 * marked incomplete. The run is a child JVM on this test's class path. (For {@code hotline load}:
 * {@link SigtermDuringLoadTest}.)
 */
@Tag("kamailio")
class SigtermDuringVerifyTest {
  /** The first call records, from a cold JVM on a busy machine. */
  private static final Duration MID_RUN = Duration.ofSeconds(60);

  /** Kamailio gets SIGTERM and 5 s before SIGKILL (ChildProcesses), plus writing the results. */
  private static final Duration EXIT_BOUND = Duration.ofSeconds(15);

  @TempDir Path temp;

  @Test
  void sigtermStopsTheSwitchReleasesPortsAndFlushesIncompleteResults() throws Exception {
    Path out = temp.resolve("out");
    Path log = temp.resolve("verify.log");
    Process verify = ChildVerify.start(log, "verify", Checkout.fixture("requests/shandong.yaml").toString(), "--out", out.toString());
    try {
      awaitFirstCallRecord(out.resolve("kamailio/cdr"), verify, log);
      Set<InetSocketAddress> held = UdpSockets.boundBy(Stream.concat(Stream.of(verify.toHandle()), SwitchProcesses.runningFrom(out.resolve("kamailio")).stream()));
      assertThat(held).as("the caller's, call center's and switch's sockets").hasSizeGreaterThanOrEqualTo(3);
      long signalled = System.nanoTime();
      verify.destroy(); // SIGTERM
      assertThat(verify.waitFor(EXIT_BOUND.toMillis(), TimeUnit.MILLISECONDS)).as("verify ended within %s of SIGTERM", EXIT_BOUND).isTrue();
      System.out.printf("SIGTERM during verify: exit %d after %d ms; sockets released: %s%n", verify.exitValue(), (System.nanoTime() - signalled) / 1_000_000, held);

      assertThat(verify.exitValue()).isEqualTo(143);
      assertThat(SwitchProcesses.runningFrom(out.resolve("kamailio"))).as("kamailio processes of the run").isEmpty();
      assertThat(Files.readString(out.resolve("results.json"))).contains("\"complete\" : false");
      assertThat(Files.readString(out.resolve("junit.xml"))).contains("name=\"run complete\"");
      for (InetSocketAddress a : held) {
        try (DatagramSocket again = new DatagramSocket(a)) {
          assertThat(again.getLocalSocketAddress()).as("bound again after the run").isEqualTo(a);
        }
      }
    } finally {
      verify.destroyForcibly();
      SwitchProcesses.kill(SwitchProcesses.runningFrom(out.resolve("kamailio")).stream(), Duration.ofSeconds(5));
    }
  }

  /** Polls the switch's record files (written by another process) until one has a line. */
  private static void awaitFirstCallRecord(Path cdr, Process verify, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + MID_RUN.toNanos();
    while (!hasRecord(cdr)) {
      if (!verify.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("no call record in " + cdr + " within " + MID_RUN + " (verify alive: " + verify.isAlive() + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      verify.waitFor(50, TimeUnit.MILLISECONDS);
    }
  }

  private static boolean hasRecord(Path cdr) throws IOException {
    if (!Files.isDirectory(cdr)) {
      return false;
    }
    try (Stream<Path> files = Files.list(cdr)) {
      List<Path> logs = files.filter(f -> f.toString().endsWith(".log")).toList();
      for (Path f : logs) {
        if (Files.size(f) > 0) {
          return true;
        }
      }
      return false;
    }
  }
}
