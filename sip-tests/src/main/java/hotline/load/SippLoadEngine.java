package hotline.load;

import hotline.sip.SipAddress;
import hotline.sipp.GeneratorHealth;
import hotline.sipp.SippException;
import hotline.sipp.SippLogs;
import hotline.sipp.SippRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SIPp engine: a call-center process at the trunk gateway, a caller process per area (see
 * {@link SippRunner}); SIPp's counters, per-call log lines and response times turned into a
 * {@link LoadResult}. The call center refuses a call at a wrong line with 606; the caller's own
 * log of the answering line is checked as well.
 */
public final class SippLoadEngine implements LoadEngine {
  /** Causes of failure besides a status. */
  static final String WRONG_LINE = "wrong-line";
  static final String TIMEOUT = "timeout";
  static final String ABORTED = "aborted";

  private final LoadMix mix;
  private final int gatewayPort;
  private final Duration callTimeout;
  private final SippRunner runner = new SippRunner();

  public SippLoadEngine(LoadMix mix, int gatewayPort, Duration callTimeout) {
    this.mix = mix;
    this.gatewayPort = gatewayPort;
    this.callTimeout = callTimeout;
  }

  @Override
  public Engine engine() {
    return Engine.SIPP;
  }

  @Override
  public LoadResult run(SipAddress switchAddress, int rate, Duration window, int holdMs, Path dir, LoadProgress progress) throws LoadException, InterruptedException {
    long planned = Math.round(rate * window.toMillis() / 1000.0);
    progress.trialStarted(Engine.SIPP, rate, planned);
    SippRunner.RunResult r;
    try {
      r = runner.run(dir, mix.areas(), mix.allCalls(), new SippRunner.Load(switchAddress, gatewayPort, rate, planned, holdMs, callTimeout), progress::update);
    } catch (SippException e) {
      throw new LoadException(e.getMessage(), e);
    }
    LoadResult result = toResult(rate, window, planned, r, dir);
    progress.trialDone(result);
    return result;
  }

  static LoadResult toResult(int rate, Duration window, long planned, SippRunner.RunResult r, Path dir) {
    long created = r.callers().stream().mapToLong(c -> c.statistics().created()).sum();
    Set<String> wrongCalls = new HashSet<>();
    for (SippLogs.LineArrival a : r.arrivals()) {
      if (a.wrong()) {
        wrongCalls.add(a.callId());
      }
    }
    Map<String, Long> failures = new TreeMap<>();
    long answered = 0;
    Set<String> seen = new HashSet<>();
    for (SippLogs.CallerResult c : r.results()) {
      if (!seen.add(c.callId())) {
        continue; // one line per call; a repeat would be a scenario error
      }
      boolean rightLine = c.answeredBy().map(l -> l.equals(c.expectedLine())).orElse(false);
      if (c.status() == 200 && rightLine && !wrongCalls.contains(c.callId())) {
        answered++;
      } else if (c.status() == 200 || wrongCalls.contains(c.callId())) {
        wrongCalls.add(c.callId());
        failures.merge(WRONG_LINE, 1L, Long::sum);
      } else {
        failures.merge(Integer.toString(c.status()), 1L, Long::sum);
      }
    }
    long attempted = Math.max(created, seen.size());
    long unresolved = attempted - seen.size();
    if (unresolved > 0) {
      long timeouts = Math.min(unresolved, r.callers().stream().mapToLong(c -> c.statistics().failedTimeouts() + c.statistics().failedMaxRetransmissions()).sum());
      if (timeouts > 0) {
        failures.merge(TIMEOUT, timeouts, Long::sum);
      }
      if (unresolved - timeouts > 0) {
        failures.merge(ABORTED, unresolved - timeouts, Long::sum);
      }
    }
    long failed = attempted - answered;
    List<String> problems = new ArrayList<>();
    if (attempted != planned) {
      problems.add("asked for " + planned + " calls, SIPp placed " + attempted + " (SIPp exits 0 all the same: SIPp #509)");
    }
    for (SippRunner.ProcessEnd c : r.callers()) {
      if (!c.finishedInTime()) {
        problems.add("sipp " + c.role() + " did not finish in time and was stopped (" + c.dir() + ")");
      }
    }
    if (seen.size() > created) {
      problems.add("the callers logged " + seen.size() + " results, but SIPp counted " + created + " calls");
    }
    List<GeneratorHealth> health = new ArrayList<>();
    r.callers().forEach(c -> health.add(c.health()));
    health.add(r.callCenter().health());
    double placing = r.placingSeconds() > 0 ? r.placingSeconds() : window.toMillis() / 1000.0;
    return new LoadResult(Engine.SIPP, rate, window, planned, attempted, answered, failed, Math.min(wrongCalls.size(), failed), attempted / placing, r.setup(), failures, health, problems, dir);
  }
}
