package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import hotline.sut.CdrRecord;
import hotline.sut.CdrSource;
import hotline.sut.SwitchException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The switch's call record of a test call carries the request's charging mode, the caller, the
 * dialled and the translated number. Only the record of the check's own call (its Call-ID, written
 * after the call started) counts.
 */
final class ChargingCheck implements ActivationCheck {
  static final Duration RECORD_TIMEOUT = Duration.ofSeconds(5);

  @Override
  public Check check() {
    return Check.CHARGING;
  }

  @Override
  public CheckRun run(Activation a, CheckContext ctx) {
    Optional<CdrSource> cdrs = ctx.sut().cdrs();
    if (cdrs.isEmpty()) {
      return Verdicts.notRun(check(), a, "The switch under test (" + ctx.sut().description() + ") gives the harness no access to its call records");
    }
    List<CallRecord> calls = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    String pilot = a.huntGroup().pilot().national();
    for (CallExpectation e : a.expectations(Check.CHARGING)) {
      CallRecord call = ExpectedCalls.place(ctx, a, e, Set.copyOf(a.huntGroup().lines().stream().map(PhoneNumber::national).toList()), RouteCheck.TIMEOUT);
      calls.add(call);
      try {
        CdrRecord cdr = cdrs.get().awaitRecord(call.callId(), RECORD_TIMEOUT);
        if (cdr.written().getEpochSecond() < call.started().getEpochSecond()) {
          failures.add("the call record of " + call.callId() + " was written before the call started (" + cdr.written() + ")");
        }
        expect(failures, "charging mode", a.charging().id(), cdr.charging());
        expect(failures, "caller", e.caller().national(), cdr.caller());
        expect(failures, "dialled number", e.dialled(), cdr.dialled());
        expect(failures, "translated number", pilot, cdr.translated());
        expect(failures, "request", a.id(), cdr.requestId());
        if (cdr.status() != 200) {
          failures.add("expected the call record to show the answered call (200), but got " + cdr.status());
        }
      } catch (SwitchException ex) {
        failures.add(ex.getMessage());
      }
    }
    String summary =
        "Calls to " + a.service() + " from " + Words.area(a) + " are recorded as " + a.charging().id() + " (" + a.charging().nameEn() + "), with caller, "
            + a.service() + " and " + a.huntGroup().pilot().display();
    return Verdicts.of(check(), a, summary, calls, failures);
  }

  private static void expect(List<String> failures, String field, String expected, String got) {
    if (!expected.equals(got)) {
      failures.add("expected the call record's " + field + " to be '" + expected + "', but got '" + got + "'");
    }
  }
}
