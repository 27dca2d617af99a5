package hotline.sipp;

import hotline.sip.SipAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Runs SIPp against a switch: one call-center process at the trunk gateway, one caller process
 * per area, each in its own folder with its statistics ({@code stat.csv}), response times, error
 * file, screen dump, per-call log and message counts. Every run is bounded in time (SIPp's own
 * {@code -timeout}, and a harder limit here); the call center is stopped with "q" when the
 * callers are done; whatever still runs is stopped on the way out.
 */
public final class SippRunner {
  /** SIPp's statistics file in each process folder. */
  public static final String STATISTICS = "stat.csv";
  /** SIPp's per-call log (RESULT / ARRIVAL lines). */
  public static final String CALL_LOG = "calls.log";

  /** Every message a process sent and received ({@code -trace_msg}); SIPp writes it out as it exits. */
  public static final String MESSAGES = "messages.log";
  /** SIPp's error file. */
  public static final String ERRORS = "errors.log";
  /** SIPp's screen dump at exit. */
  public static final String SCREEN = "screen.log";
  /** The response-time timer of call setup in the caller scenario. */
  public static final String SETUP_TIMER = "setup";

  private static final String LOOPBACK = "127.0.0.1";

  /**
   * SIPp's default behaviours without "abort the call on an unexpected message": a proxy with
   * several workers may forward a 180 after the 200, or a BYE before the ACK; such a late
   * message is logged and ignored instead of failing a good call. A call that really goes wrong
   * still fails: on a listed failure status, or at -recv_timeout.
   */
  static final String TOLERANT = "all,-abortunexp";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private final SippScenarios scenarios = new SippScenarios();

  /** One area's callers. */
  public record Area(String id, List<SippCall> calls) {
    public Area {
      Objects.requireNonNull(id, "id");
      calls = List.copyOf(calls);
      if (calls.isEmpty()) {
        throw new IllegalArgumentException("expected at least one caller for area " + id);
      }
    }
  }

  /**
   * What to run.
   *
   * @param switchAddress where the callers send their INVITEs
   * @param gatewayPort the loopback port the call center listens on (the switch routes there)
   * @param callsPerSecond the total rate over all areas
   * @param calls the total number of calls over all areas
   * @param holdMs how long answered calls stay up
   * @param callTimeout how long a caller waits for any answer before the call fails
   */
  public record Load(SipAddress switchAddress, int gatewayPort, double callsPerSecond, long calls, int holdMs, Duration callTimeout) {
    public Load {
      Objects.requireNonNull(switchAddress, "switchAddress");
      if (gatewayPort < 1 || gatewayPort > 65535) {
        throw new IllegalArgumentException("expected a gateway port 1-65535, but got " + gatewayPort);
      }
      if (!(callsPerSecond > 0) || calls < 1 || holdMs < 0) {
        throw new IllegalArgumentException("expected a rate > 0, at least one call and a hold >= 0, but got " + callsPerSecond + "/s, " + calls + ", " + holdMs + " ms");
      }
      Objects.requireNonNull(callTimeout, "callTimeout");
    }

    /** The time the calls take to place at this rate. */
    Duration placing() {
      return Duration.ofMillis(Math.round(calls * 1000.0 / callsPerSecond));
    }
  }

  /** Told the callers' cumulated counters about once a second. */
  public interface Progress {
    Progress NONE = (created, successful, failed) -> {};

    void update(long created, long successful, long failed);
  }

  /**
   * One process's end.
   *
   * @param role "caller guangzhou", "call center"
   * @param dir its folder
   * @param statistics its last statistics row
   * @param exitCode SIPp's exit code (-1 when it had to be stopped)
   * @param finishedInTime whether it ended by itself within the run's bound (callers only)
   * @param health its health as a generator
   */
  public record ProcessEnd(String role, Path dir, SippStatistics statistics, int exitCode, boolean finishedInTime, GeneratorHealth health) {}

  /**
   * A whole run.
   *
   * @param callers per area, in order
   * @param plannedCalls per area, in order
   * @param callCenter the call center's end
   * @param results every caller RESULT line
   * @param arrivals every call-center ARRIVAL line
   * @param setup INVITE → 200 percentiles over all callers
   * @param placingSeconds how long the callers took to place their calls (from the answers'
   *     times; the longest caller), 0 when fewer than two calls were answered
   * @param elapsed from the first caller's start to the last one's end
   */
  public record RunResult(List<ProcessEnd> callers, List<Long> plannedCalls, ProcessEnd callCenter, List<SippLogs.CallerResult> results, List<SippLogs.LineArrival> arrivals, LatencyPercentiles setup, double placingSeconds, Duration elapsed) {}

  /**
   * Runs the load and returns once every SIPp process has ended.
   *
   * @param dir the run folder (created; one subfolder per process)
   * @param areas callers per area; the rate and the calls are spread evenly over them
   * @param expected every call the call center may see, with its expected line
   */
  public RunResult run(Path dir, List<Area> areas, List<SippCall> expected, Load load, Progress progress) throws SippException, InterruptedException {
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("expected at least one area");
    }
    try {
      Path centerDir = dir.resolve("callcenter");
      scenarios.writeCallCenter(centerDir, expected);
      List<Long> planned = spread(load.calls(), areas.size());
      List<SippProcess> callers = new ArrayList<>();
      try (SippProcess center = startCallCenter(centerDir, load.gatewayPort(), false)) {
        long started = System.nanoTime();
        Duration bound = load.placing().plus(Duration.ofMillis(load.holdMs())).plus(load.callTimeout()).plus(MARGIN);
        try {
          for (int i = 0; i < areas.size(); i++) {
            if (planned.get(i) > 0) {
              callers.add(startCaller(dir.resolve("caller-" + areas.get(i).id()), areas.get(i), areas.size(), planned.get(i), load, bound));
            }
          }
          List<Boolean> inTime = awaitCallers(callers, bound, progress);
          long elapsed = System.nanoTime() - started;
          center.quit();
          List<ProcessEnd> callerEnds = new ArrayList<>();
          for (int i = 0; i < callers.size(); i++) {
            callerEnds.add(end(callers.get(i), inTime.get(i)));
          }
          ProcessEnd centerEnd = end(center, true);
          return collect(callerEnds, planned, centerEnd, Duration.ofNanos(elapsed));
        } finally {
          for (SippProcess c : callers) {
            c.close();
          }
        }
      }
    } catch (IOException e) {
      throw new SippException("SIPp run in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** {@code total} split into {@code parts} as evenly as possible, the first parts larger. */
  static List<Long> spread(long total, int parts) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      out.add(total / parts + (i < total % parts ? 1 : 0));
    }
    return out;
  }

  /**
   * Starts the call center on the gateway port and waits until SIPp has opened its files.
   *
   * @param traceMessages whether to keep every message in {@link #MESSAGES} (for verify's ladders;
   *     too costly under load)
   */
  public SippProcess startCallCenter(Path dir, int port, boolean traceMessages) throws SippException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(
        "-sf", SippScenarios.CALL_CENTER, "-i", LOOPBACK, "-p", Integer.toString(port),
        "-inf", SippScenarios.LINES, "-infindex", SippScenarios.LINES, "0",
        "-trace_stat", "-stf", STATISTICS, "-fd", "1",
        "-trace_err", "-error_file", ERRORS, "-trace_screen", "-screen_file", SCREEN,
        "-trace_logs", "-log_file", CALL_LOG, "-trace_counts", "-default_behaviors", TOLERANT));
    if (traceMessages) {
      args.addAll(List.of("-trace_msg", "-message_file", MESSAGES));
    }
    SippProcess p = SippProcess.start("call center", dir, args);
    awaitStarted(p);
    return p;
  }

  private SippProcess startCaller(Path dir, Area area, int areaCount, long calls, Load load, Duration bound) throws IOException, SippException, InterruptedException {
    String csv = "callers-" + area.id() + ".csv";
    scenarios.writeCaller(dir, csv, area.calls(), load.holdMs());
    double areaRate = load.callsPerSecond() / areaCount;
    long limit = Math.max(100, (long) Math.ceil(areaRate * (load.holdMs() / 1000.0 + load.callTimeout().toSeconds() + 1)));
    // no -p: SIPp binds a port the kernel picks (free by construction, no race with other callers);
    // -r R -rp P: R calls every P ms, i.e. the total rate spread over the areas;
    // -rtt_freq 1: SIPp keeps unwritten response times at exit, so write each one
    SippProcess p = SippProcess.start("caller " + area.id(), dir, List.of(
        load.switchAddress().host() + ":" + load.switchAddress().port(),
        "-sf", SippScenarios.CALLER, "-inf", csv, "-i", LOOPBACK,
        "-r", format(load.callsPerSecond()), "-rp", Integer.toString(1000 * areaCount),
        "-m", Long.toString(calls), "-l", Long.toString(limit),
        "-recv_timeout", Long.toString(load.callTimeout().toMillis()),
        "-timeout", bound.toSeconds() + "s", "-timeout_error",
        "-trace_stat", "-stf", STATISTICS, "-fd", "1", "-trace_rtt", "-rtt_freq", "1",
        "-trace_err", "-error_file", ERRORS, "-trace_screen", "-screen_file", SCREEN,
        "-trace_logs", "-log_file", CALL_LOG, "-trace_counts", "-default_behaviors", TOLERANT));
    awaitStarted(p);
    return p;
  }

  /** Waits until SIPp wrote its statistics header (it has parsed its scenario and bound its port). */
  private static void awaitStarted(SippProcess p) throws SippException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    Path stat = p.dir().resolve(STATISTICS);
    while (!hasHeader(stat)) {
      if (!p.isAlive()) {
        throw new SippException("sipp (" + p.role() + ") ended at start with exit code " + p.exitCode() + " (" + p.dir() + "):\n" + p.outputTail() + errorsTail(p.dir()));
      }
      if (System.nanoTime() > deadline) {
        p.close();
        throw new SippException("sipp (" + p.role() + ") did not start within " + START_TIMEOUT.toSeconds() + " s (" + p.dir() + ")");
      }
      p.awaitExit(Duration.ofMillis(20));
    }
  }

  private static boolean hasHeader(Path stat) {
    try {
      return Files.exists(stat) && Files.size(stat) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Boolean> awaitCallers(List<SippProcess> callers, Duration bound, Progress progress) throws InterruptedException {
    long deadline = System.nanoTime() + bound.plus(MARGIN).toNanos();
    List<Boolean> inTime = new ArrayList<>();
    for (SippProcess c : callers) {
      boolean ended = false;
      while (!ended && System.nanoTime() < deadline) {
        ended = c.awaitExit(Duration.ofSeconds(1));
        report(callers, progress);
      }
      if (!ended) {
        c.quit();
      }
      inTime.add(ended);
    }
    report(callers, progress);
    return inTime;
  }

  private static void report(List<SippProcess> callers, Progress progress) {
    long created = 0;
    long successful = 0;
    long failed = 0;
    for (SippProcess c : callers) {
      try {
        SippStatistics s = SippStatistics.read(c.dir().resolve(STATISTICS));
        created += s.created();
        successful += s.successful();
        failed += s.failed();
      } catch (SippException | RuntimeException e) {
        // a row being written: the next report has it
      }
    }
    progress.update(created, successful, failed);
  }

  private static ProcessEnd end(SippProcess p, boolean inTime) throws SippException {
    SippStatistics stats = SippStatistics.read(p.dir().resolve(STATISTICS));
    int exit = p.isAlive() ? -1 : p.exitCode();
    List<String> watchdog = watchdogMessages(p.dir());
    GeneratorHealth health = new GeneratorHealth("sipp " + p.role(), p.cpu(), 100, OptionalLong.of(stats.retransmissions()), stats.watchdogMajor() + stats.watchdogMinor() + (stats.watchdogMajor() + stats.watchdogMinor() == 0 ? watchdog.size() : 0), watchdog);
    return new ProcessEnd(p.role(), p.dir(), stats, exit, inTime, health);
  }

  /** Watchdog and overload lines in SIPp's error file and screen dump (at most five). */
  static List<String> watchdogMessages(Path dir) {
    List<String> found = new ArrayList<>();
    for (String name : List.of(ERRORS, SCREEN)) {
      Path f = dir.resolve(name);
      if (!Files.exists(f)) {
        continue;
      }
      try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
        lines.filter(l -> {
          String lower = l.toLowerCase(Locale.ROOT);
          return lower.contains("watchdog") || lower.contains("overload");
        }).map(String::trim).filter(l -> !found.contains(l)).limit(5 - found.size()).forEach(found::add);
      } catch (IOException | UncheckedIOException e) {
        // unreadable: nothing to report from it
      }
    }
    return found;
  }

  private static RunResult collect(List<ProcessEnd> callers, List<Long> planned, ProcessEnd center, Duration elapsed) throws IOException {
    List<SippLogs.CallerResult> results = new ArrayList<>();
    Histogram setup = LatencyPercentiles.newHistogram();
    double placing = 0;
    for (ProcessEnd c : callers) {
      results.addAll(SippLogs.callerResults(c.dir().resolve(CALL_LOG)));
      for (Path rtt : SippRtt.find(c.dir())) {
        placing = Math.max(placing, SippRtt.addTo(setup, rtt, SETUP_TIMER).spanSeconds());
      }
    }
    List<SippLogs.LineArrival> arrivals = SippLogs.arrivals(center.dir().resolve(CALL_LOG));
    return new RunResult(callers, planned.stream().filter(n -> n > 0).toList(), center, results, arrivals, LatencyPercentiles.of(setup), placing, elapsed);
  }

  private static String errorsTail(Path dir) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(ERRORS), StandardCharsets.ISO_8859_1);
      return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static String format(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : String.format(Locale.ROOT, "%.3f", rate);
  }
}
