package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Callers of another activated area reach their own number, never this one's lines; callers of an
 * area with no activation are rejected.
 */
final class OriginCheck implements ActivationCheck {
  @Override
  public Check check() {
    return Check.ORIGIN;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    List<CallRecord> calls = new ArrayList<>();
    for (CallExpectation e : a.expectations(Check.ORIGIN)) {
      Set<String> allowed = e.outcome().line().map(PhoneNumber::national).map(Set::of).orElse(Set.of());
      calls.add(ExpectedCalls.place(ctx, a, e, allowed, RouteCheck.TIMEOUT));
    }
    String summary = "Callers outside " + Words.area(a) + " never reach " + a.huntGroup().pilot().display() + ": other areas reach their own numbers, areas without the service are rejected";
    return Verdicts.of(check(), a, summary, calls, List.of());
  }
}
