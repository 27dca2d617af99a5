package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import hotline.plan.Outcome;
import hotline.sut.SwitchControl;
import hotline.sut.SwitchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * After the request's rollback script runs on the running switch, its callers are rejected while
 * another area is still routed; after its activate script, its callers are routed again.
 */
final class RollbackCheck implements ActivationCheck {
  @Override
  public Check check() {
    return Check.ROLLBACK;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    Optional<SwitchControl> control = ctx.sut().control();
    if (control.isEmpty()) {
      return Verdicts.notRun(check(), a, "The harness cannot run the rollback and activate scripts on " + ctx.sut().description());
    }
    List<CallRecord> calls = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Set<String> lines = Set.copyOf(a.huntGroup().lines().stream().map(PhoneNumber::national).toList());
    Optional<Activation> other = ctx.plan().activations().stream().filter(b -> !b.id().equals(a.id()) && !b.expectations(Check.ROUTE).isEmpty()).findFirst();
    try {
      control.get().rollback(a.id());
      CallExpectation after = find(a, "after rollback");
      calls.add(ExpectedCalls.place(ctx, a, after, Set.of(), RouteCheck.TIMEOUT));
      if (other.isPresent()) {
        Activation b = other.get();
        CallExpectation route = b.expectations(Check.ROUTE).get(0);
        CallRecord r = ctx.calls().complete(check().id(), a.id(), "caller of " + b.id() + " while " + a.id() + " is rolled back",
            route.caller().national(), route.dialled(), Outcome.answeredAt(b.huntGroup().pilot()), Set.of(b.huntGroup().pilot().national()), RouteCheck.TIMEOUT);
        ctx.progress().callDone(r);
        calls.add(r);
      }
    } catch (SwitchException e) {
      failures.add("rollback of " + a.id() + " failed: " + e.getMessage());
    } finally {
      try {
        control.get().activate(a.id());
        calls.add(ExpectedCalls.place(ctx, a, find(a, "after activate again"), lines, RouteCheck.TIMEOUT));
      } catch (SwitchException e) {
        failures.add("activate of " + a.id() + " failed, the service may be left closed: " + e.getMessage());
      }
    }
    String summary = "After rollback, callers in " + Words.area(a) + " who dial " + a.service() + " are rejected while other areas still get through; after activate they reach "
        + a.huntGroup().pilot().display() + " again";
    return Verdicts.of(check(), a, summary, calls, failures);
  }

  private static CallExpectation find(Activation a, String scenario) {
    return a.expectations(Check.ROLLBACK).stream().filter(e -> e.scenario().equals(scenario)).findFirst().orElseThrow();
  }
}
