package hotline.sipp;

import org.HdrHistogram.Histogram;

/**
 * p50/p95/p99/max of a latency (call setup: INVITE sent → 200 received), from an HdrHistogram
 * with three significant digits, recorded in microseconds.
 *
 * @param count how many values were recorded
 * @param p50Ms median, in milliseconds
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs the largest value
 */
public record LatencyPercentiles(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
  /** No values. */
  public static final LatencyPercentiles NONE = new LatencyPercentiles(0, 0, 0, 0, 0);

  /** Highest trackable value: one hour, in microseconds. */
  static final long HIGHEST_MICROS = 3_600_000_000L;

  public LatencyPercentiles {
    if (count < 0 || p50Ms < 0 || p95Ms < p50Ms || p99Ms < p95Ms || maxMs < p99Ms) {
      throw new IllegalArgumentException("expected 0 <= p50 <= p95 <= p99 <= max, but got " + p50Ms + ", " + p95Ms + ", " + p99Ms + ", " + maxMs);
    }
  }

  /** A new histogram for {@link #of(Histogram)}: microseconds, 3 significant digits. */
  public static Histogram newHistogram() {
    return new Histogram(HIGHEST_MICROS, 3);
  }

  /** Records a duration in nanoseconds (clamped into the trackable range). */
  public static void recordNanos(Histogram h, long nanos) {
    h.recordValue(Math.max(0, Math.min(HIGHEST_MICROS, nanos / 1_000)));
  }

  /** The percentiles of what a histogram recorded. */
  public static LatencyPercentiles of(Histogram h) {
    if (h.getTotalCount() == 0) {
      return NONE;
    }
    return new LatencyPercentiles(
        h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
