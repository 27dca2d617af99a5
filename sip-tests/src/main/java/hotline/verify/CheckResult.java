package hotline.verify;

import hotline.plan.Check;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of one check for one request, in plain words, with the calls that prove it.
 *
 * @param check which check
 * @param requestId which request
 * @param verdict passed, failed or not run
 * @param summary one sentence a bureau can read ("Callers in Guangzhou who dial 12333 reach
 *     020-83333333")
 * @param failures what went wrong, one line each; empty when passed
 * @param callIds the check's calls, in order
 */
public record CheckResult(Check check, String requestId, Verdict verdict, String summary, List<String> failures, List<String> callIds) {
  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    failures = List.copyOf(failures);
    callIds = List.copyOf(callIds);
  }
}
