package hotline.verify;

import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import java.time.Duration;
import java.util.Set;

/** Places the call a plan expectation describes. */
final class ExpectedCalls {
  private ExpectedCalls() {}

  static CallRecord place(CheckContext ctx, Activation a, CallExpectation e, Set<String> allowedLines, Duration timeout) {
    CallRecord r = ctx.expectedCalls().complete(e.check().id(), a.id(), e.scenario(), e.caller().national(), e.dialled(), e.outcome(), allowedLines, timeout);
    ctx.progress().callDone(r);
    return r;
  }
}
