package hotline.sipp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the per-call lines the hotline scenarios write to SIPp's log file ({@code -trace_logs
 * -log_file}): the caller's "RESULT" and the call center's "ARRIVAL" lines. Other lines are
 * ignored.
 */
public final class SippLogs {
  private static final Pattern RESULT = Pattern.compile("^RESULT (\\d{3}) (\\S+) (\\S+) (\\S+)\\s*$");
  private static final Pattern ARRIVAL = Pattern.compile("^ARRIVAL (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) AT (\\d+)(?:\\.0+)? (\\d{1,6})(?:\\.0+)?( WRONG)?\\s*$");

  private SippLogs() {}

  /**
   * How one call ended at the caller.
   *
   * @param status 200, or the final failure status
   * @param callId the Call-ID
   * @param answeredBy the line in the answer's Contact, for an answered call
   * @param expectedLine the line the injection file expected, or {@link SippCall#NO_LINE}
   */
  public record CallerResult(int status, String callId, Optional<String> answeredBy, String expectedLine) {}

  /**
   * One INVITE at the call center.
   *
   * @param line the Request-URI user
   * @param callId the Call-ID
   * @param caller the From user
   * @param dialled the To user
   * @param expectedLine what the injection file expected, {@link SippCall#NO_LINE} or "(none)"
   *     when it had no row for the caller
   * @param at when the INVITE arrived (the call center's clock, to the microsecond)
   * @param wrong whether the call center refused the call as arriving at the wrong line
   */
  public record LineArrival(String line, String callId, String caller, String dialled, String expectedLine, Instant at, boolean wrong) {}

  /**
   * The caller's RESULT lines, in order; an absent file has none.
   *
   * @throws IOException when the file cannot be read, or holds a RESULT line not in the scenario's
   *     form (the message names the file and line)
   */
  public static List<CallerResult> callerResults(Path log) throws IOException {
    List<CallerResult> results = new ArrayList<>();
    List<String> lines = completeLines(log);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = matching(RESULT, "RESULT ", lines.get(i), log, i);
      if (m != null) {
        Optional<String> answeredBy = m.group(3).equals("-") ? Optional.empty() : Optional.of(m.group(3));
        results.add(new CallerResult(Integer.parseInt(m.group(1)), m.group(2), answeredBy, m.group(4)));
      }
    }
    return results;
  }

  /**
   * The call center's ARRIVAL lines, in order; an absent file has none.
   *
   * @throws IOException when the file cannot be read, or holds an ARRIVAL line not in the
   *     scenario's form (the message names the file and line)
   */
  public static List<LineArrival> arrivals(Path log) throws IOException {
    List<LineArrival> arrivals = new ArrayList<>();
    List<String> lines = completeLines(log);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = matching(ARRIVAL, "ARRIVAL ", lines.get(i), log, i);
      if (m != null) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(6)), Long.parseLong(m.group(7)) * 1_000);
        arrivals.add(new LineArrival(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), at, m.group(8) != null));
      }
    }
    return arrivals;
  }

  /** The match of a line that starts with {@code prefix}; null for any other line. */
  private static Matcher matching(Pattern pattern, String prefix, String line, Path log, int index) throws IOException {
    if (!line.startsWith(prefix)) {
      return null;
    }
    Matcher m = pattern.matcher(line);
    if (!m.matches()) {
      throw new IOException(log + ":" + (index + 1) + ": expected '" + pattern.pattern() + "', but got '" + line + "'");
    }
    return m;
  }

  /**
   * The file's lines that end in a newline, without the newline: SIPp may be writing the last one
   * still, or was stopped while writing it. An absent file has none.
   */
  static List<String> completeLines(Path log) throws IOException {
    if (!Files.exists(log)) {
      return List.of();
    }
    String text = Files.readString(log, StandardCharsets.ISO_8859_1);
    int end = text.lastIndexOf('\n');
    return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
  }
}
