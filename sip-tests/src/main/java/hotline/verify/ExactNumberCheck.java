package hotline.verify;

import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Only the exact service code is routed: one digit short, one digit more and other codes get 404. */
final class ExactNumberCheck implements ActivationCheck {
  @Override
  public Check check() {
    return Check.EXACT_NUMBER;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    List<CallRecord> calls = new ArrayList<>();
    List<String> dialled = new ArrayList<>();
    for (CallExpectation e : a.expectations(Check.EXACT_NUMBER)) {
      calls.add(ExpectedCalls.place(ctx, a, e, Set.of(), RouteCheck.TIMEOUT));
      dialled.add(e.dialled());
    }
    String summary = "Only exactly " + a.service() + " reaches the call center from " + Words.area(a) + ": " + String.join(", ", dialled) + " are rejected";
    return Verdicts.of(check(), a, summary, calls, List.of());
  }
}
