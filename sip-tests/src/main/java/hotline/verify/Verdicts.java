package hotline.verify;

import hotline.plan.Activation;
import hotline.plan.Check;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link CheckRun} from a check's calls and any extra findings. */
final class Verdicts {
  private Verdicts() {}

  /** Passed when every call met its expectation and there are no extra failures. */
  static CheckRun of(Check check, Activation a, String summary, List<CallRecord> calls, List<String> extraFailures) {
    List<String> failures = new ArrayList<>();
    for (CallRecord c : calls) {
      if (!c.passed()) {
        failures.add(c.scenario() + ": expected " + c.expected() + ", but the call was " + c.disposition().describe() + " (Call-ID " + c.callId() + ")");
      }
    }
    failures.addAll(extraFailures);
    Verdict verdict = failures.isEmpty() ? Verdict.PASSED : Verdict.FAILED;
    return new CheckRun(new CheckResult(check, a.id(), verdict, summary, failures, calls.stream().map(CallRecord::callId).toList()), calls);
  }

  /** A check not run because the switch stopped during the run: a failure, since nothing was proven. */
  static CheckRun switchStopped(Check check, Activation a, String switchDescription) {
    String why = "the switch stopped during the run, before this check (" + switchDescription + ")";
    return new CheckRun(new CheckResult(check, a.id(), Verdict.FAILED, "Not checked: " + why, List.of(why), List.of()), List.of());
  }

  /** A check that could not run here, and why. */
  static CheckRun notRun(Check check, Activation a, String why) {
    return new CheckRun(new CheckResult(check, a.id(), Verdict.NOT_RUN, why, List.of(), List.of()), List.of());
  }
}
