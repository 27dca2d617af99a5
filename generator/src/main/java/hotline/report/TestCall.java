package hotline.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One test call as results.json records it.
 *
 * @param callId the SIP Call-ID
 * @param check the check the call belongs to
 * @param request the request under test
 * @param scenario what the call tries, in the harness's English words
 * @param caller the calling number, national format
 * @param dialled the number dialled
 * @param expectedLine the line that should answer; empty when the call should be rejected
 * @param expectedStatus 200 when the call should be answered, else the rejection status
 * @param end how the call ended
 * @param endText the harness's English words for how it ended
 * @param verdict whether the call met its expectation
 * @param line the line that answered, or the unexpected line it reached
 * @param status the rejection status, for a rejected call
 * @param attempts the lines the call was offered to, in order
 * @param inviteToAnswerMs INVITE to 200 OK, when answered
 * @param failoverMs from the first line's offer to the second's, when the call hunted
 * @param started when the INVITE left
 * @param messages the call's messages in time order
 */
record TestCall(
    String callId,
    String check,
    String request,
    String scenario,
    String caller,
    String dialled,
    Optional<String> expectedLine,
    int expectedStatus,
    CallEnd end,
    String endText,
    ResultVerdict verdict,
    Optional<String> line,
    OptionalInt status,
    List<LineAttempt> attempts,
    OptionalLong inviteToAnswerMs,
    OptionalLong failoverMs,
    Instant started,
    List<SipMessage> messages) {
  TestCall {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(dialled, "dialled");
    Objects.requireNonNull(expectedLine, "expectedLine");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(endText, "endText");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(inviteToAnswerMs, "inviteToAnswerMs");
    Objects.requireNonNull(failoverMs, "failoverMs");
    Objects.requireNonNull(started, "started");
    attempts = List.copyOf(attempts);
    messages = List.copyOf(messages);
    if (expectedLine.isPresent() != (expectedStatus == 200)) {
      throw new IllegalArgumentException("expected a line exactly when the call should be answered (200), but got " + expectedLine + " with " + expectedStatus);
    }
  }

  /** Epoch milliseconds of a moment {@code atMs} after the call started. */
  double epochMs(double atMs) {
    return started.toEpochMilli() + (started.getNano() % 1_000_000) / 1e6 + atMs;
  }
}
