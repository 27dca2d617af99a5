package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import hotline.plan.Outcome;
import hotline.sip.CallOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The trunk carries as many simultaneous calls as it has channels; one more is rejected with 503;
 * once a call ends, a new one is carried again.
 */
final class CapacityCheck implements ActivationCheck {
  @Override
  public Check check() {
    return Check.CAPACITY;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    TestCalls calls = ctx.calls();
    Set<String> allowed = Set.copyOf(a.huntGroup().lines().stream().map(PhoneNumber::national).toList());
    Duration timeout = RouteCheck.TIMEOUT;
    int channels = a.trunk().channels();
    CallExpectation extra = find(a, "every channel in use, one call more");
    CallExpectation after = find(a, "a channel freed, a new call");
    String caller = extra.caller().national();
    String code = a.service().digits();
    List<CallRecord> records = new ArrayList<>();
    List<TestCalls.Placed> held = new ArrayList<>();
    List<CallOutcome> heldOutcomes = new ArrayList<>();
    try {
      for (int i = 1; i <= channels; i++) {
        held.add(calls.dial(check().id(), a.id(), "channel " + i + " of " + channels, caller, code, Outcome.answeredAt(a.huntGroup().pilot()), allowed));
      }
      for (TestCalls.Placed p : held) {
        heldOutcomes.add(TestCalls.awaitFinal(p, timeout));
      }
      records.add(one(ctx, calls, a, extra, allowed, timeout));
      if (!held.isEmpty() && heldOutcomes.get(0) instanceof CallOutcome.Answered) {
        TestCalls.hangUpQuietly(held.get(0), heldOutcomes.get(0));
      }
      records.add(one(ctx, calls, a, after, allowed, timeout));
    } finally {
      // one deadline for every hang-up: a switch that died with the calls up answers no BYE, and
      // 30 channels must not cost 30 BYE timeouts
      long hangUpDeadline = System.nanoTime() + TestCalls.HANG_UP.toNanos();
      for (int i = 0; i < held.size(); i++) {
        CallOutcome o = i < heldOutcomes.size() ? heldOutcomes.get(i) : TestCalls.awaitFinal(held.get(i), Duration.ofMillis(1));
        if (i > 0) {
          TestCalls.hangUpQuietly(held.get(i), o, Duration.ofNanos(Math.max(1_000_000, hangUpDeadline - System.nanoTime())));
        }
        CallRecord r = calls.record(held.get(i), o);
        ctx.progress().callDone(r);
        records.add(i, r);
      }
    }
    String summary =
        "The trunk of " + Words.area(a) + " carries " + channels + " simultaneous call" + (channels == 1 ? "" : "s")
            + "; one more is rejected with 503, and calls are carried again once one ends";
    return Verdicts.of(check(), a, summary, records, List.of());
  }

  private static CallRecord one(CheckContext ctx, TestCalls calls, Activation a, CallExpectation e, Set<String> allowed, Duration timeout) {
    CallRecord r = calls.complete(e.check().id(), a.id(), e.scenario(), e.caller().national(), e.dialled(), e.outcome(), allowed, timeout);
    ctx.progress().callDone(r);
    return r;
  }

  private static CallExpectation find(Activation a, String scenario) {
    return a.expectations(Check.CAPACITY).stream().filter(e -> e.scenario().equals(scenario)).findFirst().orElseThrow();
  }
}
