package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.sut.ChildProcesses;
import hotline.verify.CallRecord;
import hotline.verify.CheckResult;
import hotline.verify.Progress;
import hotline.verify.SutSpec;
import hotline.verify.Verdict;
import hotline.verify.VerifyResults;
import hotline.verify.VerifyRun;
import hotline.verify.VerifySettings;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded Kamailio is killed in the middle of a run: the run still ends with a verdict and
 * its results, in bounded time, and leaves no Kamailio process behind.
 */
@Tag("kamailio")
class SwitchKilledTest {
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);
  private static final Pattern SWITCH_ADDRESS = Pattern.compile("at 127\\.0\\.0\\.1:([0-9]+)");

  /**
   * From the kill to the verdict: the first held call's BYE (5 s), the "channel freed" call timing
   * out (10 s), the other held calls' BYEs under one shared deadline (5 s); the checks after it
   * fail at once. Plus 10 s of slack for a loaded CI machine (measured here: 20 s).
   */
  private static final Duration AFTER_KILL_BOUND = Duration.ofSeconds(5 + 10 + 5 + 10);

  @TempDir Path temp;

  @Test
  void killedDuringTheCapacityCheck() throws Exception {
    Path out = temp.resolve("out");
    AtomicLong killedAt = new AtomicLong();
    Progress killer = r -> {
      // the extra call got its 503 while every channel is held: the switch dies with 30 calls up
      if (r.check().equals("capacity") && r.scenario().equals("every channel in use, one call more") && killedAt.get() == 0) {
        ProcessHandle main = SwitchProcesses.kamailioMain();
        // workers first, so the main process reaps them (orphans wait for init to reap them)
        SwitchProcesses.kill(Stream.concat(main.descendants(), Stream.of(main)), KILL_WAIT);
        killedAt.set(System.nanoTime());
      }
    };
    Set<InetSocketAddress> before = UdpSockets.boundBy(Stream.of(ProcessHandle.current()));
    long started = System.nanoTime();
    VerifyResults results = new VerifyRun(settings(out, EnumSet.allOf(Check.class)), killer).execute();
    long afterKillMs = (System.nanoTime() - killedAt.get()) / 1_000_000;
    System.out.printf("switch killed during capacity: killed %d ms into the run, verdict %d ms after the kill (bound %d ms)%n", (killedAt.get() - started) / 1_000_000, afterKillMs, AFTER_KILL_BOUND.toMillis());

    assertThat(killedAt.get()).as("the switch was killed").isNotZero();
    assertThat(afterKillMs).isLessThan(AFTER_KILL_BOUND.toMillis());
    assertThat(verdict(results, Check.ROUTE)).isEqualTo(Verdict.PASSED);
    assertThat(verdict(results, Check.CAPACITY)).isEqualTo(Verdict.FAILED);
    CallRecord freed = results.calls().stream().filter(c -> c.scenario().equals("a channel freed, a new call")).findFirst().orElseThrow();
    assertThat(freed.disposition().kind()).isEqualTo("timed-out");
    assertThat(freed.passed()).isFalse();
    for (Check later : List.of(Check.CHARGING, Check.ROLLBACK)) {
      CheckResult c = results.checks().stream().filter(x -> x.check() == later).findFirst().orElseThrow();
      assertThat(c.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(c.summary()).contains("the switch stopped during the run");
    }
    assertThat(results.allPassed()).isFalse();
    assertThat(results.complete()).isTrue();
    assertThat(Files.readString(out.resolve(VerifyRun.RESULTS))).contains("\"complete\" : true", "timed-out");
    assertThat(Files.readString(out.resolve(VerifyRun.JUNIT))).contains("the switch stopped during the run");
    assertNothingLeft(out, results);
    assertThat(UdpSockets.boundBy(Stream.of(ProcessHandle.current()))).as("the caller's and call center's JAIN-SIP sockets are closed").isSubsetOf(before);
  }

  @Test
  void killingOnlyTheMainProcessLeavesNoWorkerBehind() throws Exception {
    Path out = temp.resolve("main-only");
    AtomicLong killedAt = new AtomicLong();
    Progress killer = r -> {
      if (killedAt.compareAndSet(0, System.nanoTime())) {
        // Kamailio's workers outlive their main process and keep serving SIP on the port
        SwitchProcesses.kill(Stream.of(SwitchProcesses.kamailioMain()), KILL_WAIT);
      }
    };
    VerifyResults results = new VerifyRun(settings(out, EnumSet.of(Check.ROUTE, Check.HUNTING)), killer).execute();

    assertThat(killedAt.get()).isNotZero();
    assertThat(results.checks().stream().filter(c -> c.check() == Check.HUNTING).findFirst().orElseThrow().summary()).contains("the switch stopped during the run");
    assertNothingLeft(out, results);
  }

  private static VerifySettings settings(Path out, Set<Check> checks) {
    return new VerifySettings(List.of(Checkout.fixture("requests/beijing.yaml")), out, SutSpec.parse("kamailio"), "127.0.0.1", 0, checks, 8);
  }

  private static Verdict verdict(VerifyResults results, Check check) {
    return results.checks().stream().filter(c -> c.check() == check).findFirst().orElseThrow().verdict();
  }

  private static void assertNothingLeft(Path out, VerifyResults results) throws Exception {
    assertThat(SwitchProcesses.runningFrom(out.resolve("kamailio"))).as("kamailio processes of this run in /proc").isEmpty();
    assertThat(ChildProcesses.live()).as("registered child processes").isEmpty();
    Matcher m = SWITCH_ADDRESS.matcher(results.sut());
    assertThat(m.find()).as(results.sut()).isTrue();
    try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1))))) {
      assertThat(again.isBound()).as("the switch's port is free again").isTrue();
    }
  }
}
