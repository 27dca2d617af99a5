package hotline.sip;

import java.time.Instant;
import java.util.Objects;

/**
 * One SIP message as it went over the wire at an endpoint, with the facts a ladder diagram needs.
 *
 * @param sequence position in the endpoint's log, from 0; order of capture
 * @param nanoTime {@link System#nanoTime()} at capture: monotonic, for intervals
 * @param wallClock wall-clock time at capture, for display and correlation with other logs
 * @param direction sent or received by this endpoint
 * @param source the address the datagram came from
 * @param destination the address the datagram went to
 * @param firstLine the request line or status line, without CRLF
 * @param callId the Call-ID, empty only if the message had none
 * @param cseqNumber the CSeq sequence number, 0 if the message had no valid CSeq
 * @param cseqMethod the CSeq method, empty if the message had no valid CSeq
 * @param raw the whole message exactly as on the wire
 */
public record LoggedMessage(
    long sequence,
    long nanoTime,
    Instant wallClock,
    Direction direction,
    SipAddress source,
    SipAddress destination,
    String firstLine,
    String callId,
    long cseqNumber,
    String cseqMethod,
    String raw) {

  /** Whether the endpoint sent or received the message. */
  public enum Direction {
    SENT,
    RECEIVED
  }

  public LoggedMessage {
    if (sequence < 0) {
      throw new IllegalArgumentException("expected a sequence >= 0, but got '" + sequence + "'");
    }
    Objects.requireNonNull(wallClock, "wallClock");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(firstLine, "firstLine");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(cseqMethod, "cseqMethod");
    Objects.requireNonNull(raw, "raw");
  }

  /** Monotonic capture time in milliseconds (from {@link #nanoTime()}). */
  public double monotonicMs() {
    return nanoTime / 1_000_000.0;
  }

  /** "SENT INVITE sip:12333@..." or "RECEIVED SIP/2.0 180 Ringing": for failure messages. */
  public String summary() {
    return direction + " " + firstLine;
  }
}
