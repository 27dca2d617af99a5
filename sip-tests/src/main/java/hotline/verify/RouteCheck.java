package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Callers of the area who dial the service code reach its bound number, and only it. */
final class RouteCheck implements ActivationCheck {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Override
  public Check check() {
    return Check.ROUTE;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    List<CallRecord> calls = new ArrayList<>();
    for (CallExpectation e : a.expectations(Check.ROUTE)) {
      calls.add(ExpectedCalls.place(ctx, a, e, Set.of(e.outcome().line().map(PhoneNumber::national).orElseThrow()), TIMEOUT));
    }
    String summary = "Callers in " + Words.area(a) + " who dial " + a.service() + " reach " + a.huntGroup().pilot().display();
    return Verdicts.of(check(), a, summary, calls, List.of());
  }
}
