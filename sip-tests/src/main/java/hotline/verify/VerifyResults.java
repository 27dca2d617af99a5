package hotline.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a verify run found, for results.json, junit.xml and the report.
 *
 * @param started when the run started
 * @param finished when it ended (or was interrupted)
 * @param complete false when the run was interrupted (Ctrl-C, SIGTERM, a switch that died) and
 *     some checks did not run
 * @param sut the switch under test, described
 * @param sources the request files
 * @param checks the verdict of every check run, failures first within a request
 * @param calls every test call
 * @param switchLog the switch's log file, when kept
 */
public record VerifyResults(
    Instant started,
    Instant finished,
    boolean complete,
    String sut,
    List<String> sources,
    List<CheckResult> checks,
    List<CallRecord> calls,
    Optional<String> switchLog) {
  public VerifyResults {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(sut, "sut");
    sources = List.copyOf(sources);
    checks = List.copyOf(checks);
    calls = List.copyOf(calls);
    Objects.requireNonNull(switchLog, "switchLog");
  }

  /** Whether every check that ran passed and the run was complete. */
  public boolean allPassed() {
    return complete && checks.stream().noneMatch(c -> c.verdict() == Verdict.FAILED);
  }

  public long failedChecks() {
    return checks.stream().filter(c -> c.verdict() == Verdict.FAILED).count();
  }
}
