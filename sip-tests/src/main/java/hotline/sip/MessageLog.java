package hotline.sip;

import hotline.sip.LoggedMessage.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every SIP message one endpoint sent or received, in capture order, queryable per Call-ID.
 * Thread-safe. Filled at the socket by {@link CapturingDatagramSocket}; read by checks and ladder
 * diagrams.
 */
public final class MessageLog {

  private final List<LoggedMessage> all = new ArrayList<>();
  private final Map<String, List<LoggedMessage>> byCallId = new HashMap<>();
  private volatile boolean capturing = true;

  /** Whether datagrams are recorded; a log that does not capture stays empty. */
  public boolean isCapturing() {
    return capturing;
  }

  void setCapturing(boolean capturing) {
    this.capturing = capturing;
  }

  /** All messages so far, in capture order. */
  public synchronized List<LoggedMessage> all() {
    return List.copyOf(all);
  }

  /** The messages of one Call-ID so far, in capture order; empty if none. */
  public synchronized List<LoggedMessage> forCallId(String callId) {
    return List.copyOf(byCallId.getOrDefault(callId, List.of()));
  }

  /**
   * Waits until a message of {@code callId} matching {@code wanted} has been captured.
   *
   * @param description what is awaited, e.g. "ACK received", for the failure message
   * @return the first matching message
   * @throws AwaitTimeoutException if none is captured within {@code timeout}
   */
  public LoggedMessage await(
      String callId, Predicate<LoggedMessage> wanted, String description, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (true) {
        Optional<LoggedMessage> found =
            byCallId.getOrDefault(callId, List.of()).stream().filter(wanted).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AwaitTimeoutException(
              "no "
                  + description
                  + " for Call-ID "
                  + callId
                  + " within "
                  + timeout
                  + "; captured: "
                  + summaries(callId));
        }
        try {
          wait(left / 1_000_000, (int) (left % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + description, e);
        }
      }
    }
  }

  /** Records one datagram; blank ones (CRLF keep-alives) are not SIP messages and are skipped. */
  void record(Direction direction, SipAddress source, SipAddress destination, String text) {
    if (!capturing || text.isBlank()) {
      return;
    }
    Headers headers = Headers.of(text);
    synchronized (this) {
      LoggedMessage logged =
          new LoggedMessage(
              all.size(),
              System.nanoTime(),
              Instant.now(),
              direction,
              source,
              destination,
              headers.firstLine(),
              headers.callId(),
              headers.cseqNumber(),
              headers.cseqMethod(),
              text);
      all.add(logged);
      byCallId.computeIfAbsent(logged.callId(), id -> new ArrayList<>()).add(logged);
      notifyAll();
    }
  }

  /** The few header values the log indexes, read leniently from the wire text. */
  private record Headers(String firstLine, String callId, long cseqNumber, String cseqMethod) {

    static Headers of(String text) {
      List<String> lines = text.lines().takeWhile(line -> !line.isEmpty()).toList();
      String callId = value(lines, "Call-ID", "i").orElse("");
      String[] cseq = value(lines, "CSeq").orElse("").split("\\s+", 2);
      long number;
      try {
        number = Long.parseLong(cseq[0]);
      } catch (NumberFormatException e) {
        number = 0; // not a valid CSeq: the raw text shows what came
      }
      return new Headers(
          lines.isEmpty() ? "" : lines.get(0), callId, number, cseq.length > 1 ? cseq[1] : "");
    }

    /** The first value of a header by any of its names (full or compact), ignoring case. */
    private static Optional<String> value(List<String> lines, String... names) {
      return lines.stream()
          .skip(1)
          .map(line -> line.split(":", 2))
          .filter(parts -> parts.length == 2)
          .filter(parts -> Stream.of(names).anyMatch(parts[0].trim()::equalsIgnoreCase))
          .map(parts -> parts[1].trim())
          .findFirst();
    }
  }

  private String summaries(String callId) {
    return byCallId.getOrDefault(callId, List.of()).stream()
        .map(LoggedMessage::summary)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
