package hotline.sut;

import java.time.Instant;
import java.util.Objects;

/**
 * One call record written by the switch.
 *
 * @param callId the call's Call-ID
 * @param requestId the activation the call matched, empty when none
 * @param caller the caller's number (national format)
 * @param dialled the dialled number
 * @param translated the number the service code was changed to, empty when none
 * @param line the line the call was last offered to, empty when none
 * @param charging the charging mode recorded, empty when none
 * @param status the final SIP status of the call (200 for answered calls)
 * @param written when the record was written
 */
public record CdrRecord(
    String callId,
    String requestId,
    String caller,
    String dialled,
    String translated,
    String line,
    String charging,
    int status,
    Instant written) {
  public CdrRecord {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(dialled, "dialled");
    Objects.requireNonNull(translated, "translated");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(charging, "charging");
    Objects.requireNonNull(written, "written");
  }
}
