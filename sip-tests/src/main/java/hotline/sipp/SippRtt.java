package hotline.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * SIPp's response-time file ({@code -trace_rtt}: {@code <scenario>_<pid>_rtt.csv}), one line per
 * measure: {@code Date_ms;response_time_ms;rtd_no}. SIPp measures in whole milliseconds.
 */
public final class SippRtt {
  private SippRtt() {}

  /**
   * Adds every measure of timer {@code rtd} in {@code file} to {@code histogram}.
   *
   * @return how many measures were added, and when the first and last were taken
   * @throws IllegalArgumentException for a line that is not {@code number;number;name}
   */
  public static Measures addTo(Histogram histogram, Path file, String rtd) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return addTo(histogram, file.toString(), lines, rtd);
  }

  static Measures addTo(Histogram histogram, String name, List<String> lines, String rtd) {
    long added = 0;
    double first = Double.MAX_VALUE;
    double last = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("Date_ms")) {
        continue;
      }
      String[] f = line.split(";");
      if (f.length < 3) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected Date_ms;response_time_ms;rtd_no, but got '" + line + "'");
      }
      if (!f[2].equals(rtd)) {
        continue;
      }
      double ms;
      double at;
      try {
        at = Double.parseDouble(f[0]);
        ms = Double.parseDouble(f[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected Date_ms;response_time_ms as numbers, but got '" + line + "'");
      }
      first = Math.min(first, at);
      last = Math.max(last, at);
      LatencyPercentiles.recordNanos(histogram, Math.round(ms * 1_000_000));
      added++;
    }
    return added == 0 ? new Measures(0, 0, 0) : new Measures(added, first, last);
  }

  /**
   * What a file held.
   *
   * @param count measures of the timer
   * @param firstMs when the first was taken, ms after SIPp started
   * @param lastMs when the last was taken
   */
  public record Measures(long count, double firstMs, double lastMs) {
    /** The time between the first and the last measure, scaled to cover {@code count} intervals. */
    public double spanSeconds() {
      return count < 2 ? 0 : (lastMs - firstMs) / 1000.0 * count / (count - 1);
    }
  }

  /** The rtt files SIPp wrote into {@code dir}. */
  public static List<Path> find(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith("_rtt.csv")).sorted().toList();
    }
  }
}
