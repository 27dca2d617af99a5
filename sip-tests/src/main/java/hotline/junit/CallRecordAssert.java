package hotline.junit;

import hotline.verify.Attempt;
import hotline.verify.CallRecord;
import hotline.verify.Disposition;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on a test call, in the words of the domain. */
public final class CallRecordAssert extends AbstractAssert<CallRecordAssert, CallRecord> {
  CallRecordAssert(CallRecord actual) {
    super(actual, CallRecordAssert.class);
  }

  /** The call was answered at this line (national format, {@code 02083333333}). */
  public CallRecordAssert answeredAt(String line) {
    isNotNull();
    if (!(actual.disposition() instanceof Disposition.AnsweredAt a) || !a.line().equals(line)) {
      failWithMessage("expected call %s from %s to %s to be answered at line %s, but it was %s%s", actual.callId(), actual.caller(), actual.dialled(), line,
          actual.disposition().describe(), tried());
    }
    return this;
  }

  /** The call was rejected with this SIP status. */
  public CallRecordAssert rejectedWith(int status) {
    isNotNull();
    if (!(actual.disposition() instanceof Disposition.Rejected r) || r.status() != status) {
      failWithMessage("expected call %s from %s to %s to be rejected with %d, but it was %s%s", actual.callId(), actual.caller(), actual.dialled(), status,
          actual.disposition().describe(), tried());
    }
    return this;
  }

  /** The call was answered within this time of its INVITE. */
  public CallRecordAssert within(Duration limit) {
    isNotNull();
    if (actual.inviteToAnswerMs().isEmpty()) {
      failWithMessage("expected call %s to be answered within %d ms, but it was %s", actual.callId(), limit.toMillis(), actual.disposition().describe());
    } else if (actual.inviteToAnswerMs().getAsLong() > limit.toMillis()) {
      failWithMessage("expected call %s to be answered within %d ms, but it took %d ms", actual.callId(), limit.toMillis(), actual.inviteToAnswerMs().getAsLong());
    }
    return this;
  }

  /** The switch offered the call to exactly these lines, in this order. */
  public CallRecordAssert triedLines(String... lines) {
    isNotNull();
    List<String> got = actual.attempts().stream().map(Attempt::line).toList();
    if (!got.equals(List.of(lines))) {
      failWithMessage("expected call %s to be offered to %s in that order, but it was offered to %s", actual.callId(), List.of(lines), got);
    }
    return this;
  }

  /** The call reached no line at all. */
  public CallRecordAssert reachedNoLine() {
    isNotNull();
    if (!actual.attempts().isEmpty()) {
      failWithMessage("expected call %s to reach no line, but it reached %s", actual.callId(), actual.attempts().stream().map(Attempt::line).toList());
    }
    return this;
  }

  private String tried() {
    return actual.attempts().isEmpty() ? "" : " (offered to " + actual.attempts().stream().map(Attempt::line).toList() + ")";
  }
}
