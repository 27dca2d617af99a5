package hotline.sipp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SIPp's message trace ({@code -trace_msg -message_file}): every message the process sent
 * or received, with SIPp's local-time stamp to the microsecond. SIPp buffers this file until it
 * exits, so it is read once the process has ended.
 *
 * <p>The file is a run of entries:
 *
 * <pre>
 * ----------------------------------------------- 2026-12-04 16:02:16.296689
 * UDP message sent (511 bytes):
 *
 * INVITE sip:12333@127.0.0.1:5060 SIP/2.0␍␊
 * ...
 * </pre>
 *
 * The message's own lines end in CRLF; SIPp's separator, direction line and padding end in LF. A
 * trace cut short (SIPp stopped while writing) keeps its complete lines.
 */
public final class SippMessageTrace {
  private static final Pattern SEPARATOR = Pattern.compile("^-{10,} (\\d{4}-\\d{2}-\\d{2})[ \\t](\\d{2}:\\d{2}:\\d{2}\\.\\d{1,9})$");
  private static final Pattern DIRECTION = Pattern.compile("^\\S+ message (sent|received)\\b.*$");
  private static final Pattern CSEQ = Pattern.compile("(?im)^(?:CSeq)[ \\t]*:[ \\t]*\\d+[ \\t]+(\\S+)");
  private static final Pattern CALL_ID = Pattern.compile("(?im)^(?:Call-ID|i)[ \\t]*:[ \\t]*(\\S+)");
  private static final Pattern STATUS = Pattern.compile("^SIP/2\\.0 (\\d{3})\\b");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private SippMessageTrace() {}

  /**
   * One message as SIPp traced it.
   *
   * @param at when SIPp sent or received it
   * @param sent whether SIPp sent it (else received)
   * @param raw the message as on the wire, CRLF line ends
   */
  public record Message(Instant at, boolean sent, String raw) {
    public Message {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(raw, "raw");
    }

    /** The request or status line. */
    public String firstLine() {
      int end = raw.indexOf("\r\n");
      return end < 0 ? raw : raw.substring(0, end);
    }

    /** The CSeq method, empty when the message has no CSeq. */
    public String cseqMethod() {
      Matcher m = CSEQ.matcher(raw);
      return m.find() ? m.group(1) : "";
    }

    /** The Call-ID, empty when the message has none. */
    public String callId() {
      Matcher m = CALL_ID.matcher(raw);
      return m.find() ? m.group(1) : "";
    }

    /** The status of a response, 0 for a request. */
    public int status() {
      Matcher m = STATUS.matcher(raw);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
  }

  /**
   * The messages of {@code trace} in file order; an absent file has none.
   *
   * @param zone the zone SIPp wrote its local times in (the machine's)
   * @throws IOException when the file cannot be read, or an entry is not in SIPp's form (the
   *     message names the file and line)
   */
  public static List<Message> read(Path trace, ZoneId zone) throws IOException {
    List<String> lines = SippLogs.completeLines(trace);
    List<Message> messages = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher separator = SEPARATOR.matcher(lines.get(i));
      if (!separator.matches()) {
        if (lines.get(i).isEmpty()) {
          i++;
          continue;
        }
        throw malformed(trace, i, "expected SIPp's separator line '----- DATE TIME'");
      }
      Instant at = parseStamp(trace, i, separator.group(1) + " " + separator.group(2), zone);
      if (i + 2 >= lines.size()) {
        break; // the last entry was cut short after its separator
      }
      Matcher direction = DIRECTION.matcher(lines.get(i + 1));
      if (!direction.matches()) {
        throw malformed(trace, i + 1, "expected 'UDP message sent' or 'received' after the separator");
      }
      int start = i + 2;
      if (start < lines.size() && lines.get(start).isEmpty()) {
        start++;
      }
      int end = start;
      while (end < lines.size() && !SEPARATOR.matcher(lines.get(end)).matches()) {
        end++;
      }
      int last = end;
      while (last > start && lines.get(last - 1).isEmpty()) {
        last--;
      }
      String raw = String.join("\n", lines.subList(start, last));
      messages.add(new Message(at, direction.group(1).equals("sent"), raw.endsWith("\r") ? raw + "\n" : raw));
      i = end;
    }
    return messages;
  }

  private static Instant parseStamp(Path trace, int line, String stamp, ZoneId zone) throws IOException {
    String padded = stamp.length() < 26 ? stamp + "0".repeat(26 - stamp.length()) : stamp.substring(0, 26);
    try {
      return LocalDateTime.parse(padded, STAMP).atZone(zone).toInstant();
    } catch (RuntimeException e) {
      throw malformed(trace, line, "expected a time 'yyyy-MM-dd HH:mm:ss.micros', but got '" + stamp + "'");
    }
  }

  private static IOException malformed(Path trace, int zeroBasedLine, String problem) {
    return new IOException(trace + ":" + (zeroBasedLine + 1) + ": " + problem);
  }
}
