package hotline.sipp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last row of a SIPp statistics file ({@code -trace_stat -stf FILE}): SIPp writes a header
 * of counter names, then a row per report period and a last row when it exits; "(C)" counters
 * are cumulated since the start.
 *
 * @param counters every column of the last row, by header name
 */
public record SippStatistics(Map<String, String> counters) {
  public SippStatistics {
    counters = Map.copyOf(counters);
  }

  /**
   * Reads the file.
   *
   * @throws SippException when the file is missing, has no data row, or its rows do not match
   *     its header
   */
  public static SippStatistics read(Path file) throws SippException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new SippException("SIPp wrote no statistics file " + file + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), lines);
  }

  /** Parses the lines of a statistics file; {@code name} names it in messages. */
  static SippStatistics parse(String name, List<String> lines) throws SippException {
    List<String> nonEmpty = lines.stream().filter(l -> !l.isBlank()).toList();
    if (nonEmpty.size() < 2) {
      throw new SippException("expected a header and at least one row in SIPp's statistics " + name + ", but got " + nonEmpty.size() + " line(s)");
    }
    String[] header = nonEmpty.get(0).split(";", -1);
    String[] last = nonEmpty.get(nonEmpty.size() - 1).split(";", -1);
    if (header.length != last.length) {
      throw new SippException("expected " + header.length + " columns in the last row of " + name + ", but got " + last.length);
    }
    Map<String, String> counters = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      if (!header[i].isEmpty()) {
        counters.put(header[i], last[i]);
      }
    }
    return new SippStatistics(counters);
  }

  /** A cumulated counter, e.g. {@code count("SuccessfulCall")} reads "SuccessfulCall(C)". */
  public long count(String name) {
    String key = counters.containsKey(name + "(C)") ? name + "(C)" : name;
    String value = counters.get(key);
    if (value == null) {
      throw new IllegalArgumentException("expected a SIPp counter " + name + ", but the statistics have none");
    }
    return Math.round(Double.parseDouble(value.trim()));
  }

  /** Calls created (placed by a caller, received by a call center). */
  public long created() {
    return count("TotalCallCreated");
  }

  public long successful() {
    return count("SuccessfulCall");
  }

  public long failed() {
    return count("FailedCall");
  }

  /** Messages SIPp sent again because no answer came in time. */
  public long retransmissions() {
    return count("Retransmissions");
  }

  /** Times SIPp's scheduler was late by more than the watchdog's major threshold (3 s). */
  public long watchdogMajor() {
    return counters.containsKey("WatchdogMajor(C)") ? count("WatchdogMajor") : 0;
  }

  /** Times SIPp's scheduler was late by more than the watchdog's minor threshold (500 ms). */
  public long watchdogMinor() {
    return counters.containsKey("WatchdogMinor(C)") ? count("WatchdogMinor") : 0;
  }

  /** Calls that failed because a message went unanswered after every retransmission. */
  public long failedMaxRetransmissions() {
    return count("FailedMaxUDPRetrans");
  }

  /** Calls that failed because a recv waited longer than -recv_timeout. */
  public long failedTimeouts() {
    return count("FailedTimeoutOnRecv");
  }

  /** Calls that failed on a message the scenario did not expect. */
  public long failedUnexpected() {
    return count("FailedUnexpectedMessage");
  }
}
