package hotline.sipp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static final Pattern ARRIVAL = Pattern.compile("^ARRIVAL (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)( WRONG)?\\s*$");

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
   * @param wrong whether the call center refused the call as arriving at the wrong line
   */
  public record LineArrival(String line, String callId, String caller, String dialled, String expectedLine, boolean wrong) {}

  /** The caller's RESULT lines, in order; an absent file has none. */
  public static List<CallerResult> callerResults(Path log) throws IOException {
    List<CallerResult> results = new ArrayList<>();
    for (String line : lines(log)) {
      Matcher m = RESULT.matcher(line);
      if (m.matches()) {
        Optional<String> answeredBy = m.group(3).equals("-") ? Optional.empty() : Optional.of(m.group(3));
        results.add(new CallerResult(Integer.parseInt(m.group(1)), m.group(2), answeredBy, m.group(4)));
      }
    }
    return results;
  }

  /** The call center's ARRIVAL lines, in order; an absent file has none. */
  public static List<LineArrival> arrivals(Path log) throws IOException {
    List<LineArrival> arrivals = new ArrayList<>();
    for (String line : lines(log)) {
      Matcher m = ARRIVAL.matcher(line);
      if (m.matches()) {
        arrivals.add(new LineArrival(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) != null));
      }
    }
    return arrivals;
  }

  private static List<String> lines(Path log) throws IOException {
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
  }
}
