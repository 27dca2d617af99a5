package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import hotline.sip.CallCenter;
import hotline.sip.LineBehaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hunt group moves on: pilot busy → the next line answers; pilot silent → the next line after
 * the no-answer timer; every line busy → 486. Records the order of attempts and the failover time.
 */
final class HuntingCheck implements ActivationCheck {
  /** How far the measured failover may run past the no-answer timer (retransmissions, scheduling). */
  static final long FAILOVER_SLACK_MS = 2500;

  @Override
  public Check check() {
    return Check.HUNTING;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    CallCenter center = ctx.calls().callCenter();
    List<String> lines = a.huntGroup().lines().stream().map(PhoneNumber::national).toList();
    Set<String> allowed = Set.copyOf(lines);
    Duration timeout = Duration.ofSeconds((long) lines.size() * (a.noAnswerSeconds() + 5));
    List<CallRecord> calls = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    String pilot = lines.get(0);
    for (CallExpectation e : a.expectations(Check.HUNTING)) {
      switch (e.scenario()) {
        case "pilot busy" -> {
          center.setNextCallBehaviour(pilot, LineBehaviour.busy());
          CallRecord r = ExpectedCalls.place(ctx, a, e, allowed, timeout);
          calls.add(r);
          expectOrder(r, lines.subList(0, 2), failures);
        }
        case "pilot does not answer" -> {
          center.setNextCallBehaviour(pilot, LineBehaviour.noAnswer());
          CallRecord r = ExpectedCalls.place(ctx, a, e, allowed, timeout);
          calls.add(r);
          expectOrder(r, lines.subList(0, 2), failures);
          long timer = a.noAnswerSeconds() * 1000L;
          r.failoverMs().ifPresent(ms -> {
            if (ms < timer - 250 || ms > timer + FAILOVER_SLACK_MS) {
              failures.add("pilot does not answer: expected the next line after the " + a.noAnswerSeconds() + " s no-answer timer, but it took " + ms + " ms");
            }
          });
        }
        case "every line busy" -> {
          lines.forEach(l -> center.setNextCallBehaviour(l, LineBehaviour.busy()));
          CallRecord r = ExpectedCalls.place(ctx, a, e, allowed, timeout);
          calls.add(r);
          expectOrder(r, lines, failures);
        }
        default -> throw new IllegalStateException("unknown hunting scenario " + e.scenario());
      }
      lines.forEach(center::clearNextCallBehaviours);
    }
    String summary =
        a.huntGroup().hunts()
            ? "When " + a.huntGroup().pilot().display() + " is busy or does not answer within " + a.noAnswerSeconds() + " s, calls move on to "
                + a.huntGroup().lines().get(1).display() + "; with every line busy callers hear busy (486)"
            : "With its only line " + a.huntGroup().pilot().display() + " busy, callers hear busy (486)";
    return Verdicts.of(check(), a, summary, calls, failures);
  }

  private static void expectOrder(CallRecord r, List<String> expected, List<String> failures) {
    List<String> got = r.attempts().stream().map(Attempt::line).toList();
    if (!got.equals(expected)) {
      failures.add(r.scenario() + ": expected the lines to be tried in the order " + expected + ", but got " + got);
    }
  }
}
