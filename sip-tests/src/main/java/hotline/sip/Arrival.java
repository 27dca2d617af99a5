package hotline.sip;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One INVITE arriving at a call-center line: the evidence for "which lines did call X reach, in
 * which order, when".
 *
 * @param line the Request-URI user, e.g. 02083333333
 * @param callId the Call-ID; a hunting switch reuses it on every line it tries
 * @param nanoTime {@link System#nanoTime()} at arrival, for intervals (failover time)
 * @param at wall-clock arrival time
 * @param from the From URI, e.g. sip:02083330000@192.0.2.1
 * @param assertedIdentity the P-Asserted-Identity URI, if the INVITE had one
 * @param behaviour what the line did with it
 */
public record Arrival(
    String line,
    String callId,
    long nanoTime,
    Instant at,
    String from,
    Optional<String> assertedIdentity,
    LineBehaviour behaviour) {

  public Arrival {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(assertedIdentity, "assertedIdentity");
    Objects.requireNonNull(behaviour, "behaviour");
  }
}
