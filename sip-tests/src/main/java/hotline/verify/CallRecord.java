package hotline.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Everything known of one test call: who called what, what was expected, how it ended, the
 * lines it reached and when, and its messages.
 *
 * @param check the check the call belongs to ({@code route})
 * @param requestId the activation under test
 * @param scenario what the call tries ("pilot busy")
 * @param callId the SIP Call-ID
 * @param caller the calling number
 * @param dialled the number dialled
 * @param expected the expectation in words ("answered at 02083333333", "rejected with 404")
 * @param disposition how the call ended
 * @param verdict whether the disposition meets the expectation
 * @param statuses every status the caller received for its INVITE, in order
 * @param attempts the lines the call was offered to, in order
 * @param inviteToRingingMs INVITE → first 180, when one came
 * @param inviteToAnswerMs INVITE → 200, when one came
 * @param failoverMs from the first line's offer to the second's, when the call hunted
 * @param started when the INVITE left
 * @param messages the call's messages at the caller and the call center, in time order
 */
public record CallRecord(
    String check,
    String requestId,
    String scenario,
    String callId,
    String caller,
    String dialled,
    String expected,
    Disposition disposition,
    Verdict verdict,
    List<Integer> statuses,
    List<Attempt> attempts,
    OptionalLong inviteToRingingMs,
    OptionalLong inviteToAnswerMs,
    OptionalLong failoverMs,
    Instant started,
    List<LadderMessage> messages) {
  public CallRecord {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(verdict, "verdict");
    statuses = List.copyOf(statuses);
    attempts = List.copyOf(attempts);
    messages = List.copyOf(messages);
  }

  /** The same record with {@code messages} as its ladder. */
  public CallRecord withMessages(List<LadderMessage> messages) {
    return new CallRecord(check, requestId, scenario, callId, caller, dialled, expected, disposition, verdict, statuses, attempts, inviteToRingingMs, inviteToAnswerMs, failoverMs, started, messages);
  }

  public boolean passed() {
    return verdict == Verdict.PASSED;
  }
}
