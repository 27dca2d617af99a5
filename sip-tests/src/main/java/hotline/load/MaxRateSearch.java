package hotline.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the highest rate an engine and the switch carry cleanly (every planned call placed and
 * answered at its line) over a fixed window: doubles the rate from a start until a trial fails,
 * then halves the interval between the highest clean and the lowest failed rate until it is
 * within 5 % (or 10 calls/s).
 */
public final class MaxRateSearch {
  /** No search goes above this many calls per second. */
  public static final int CEILING = 20_000;
  private static final int MAX_TRIALS = 14;

  private final LoadEngine engine;
  private final Duration window;
  private final int holdMs;

  public MaxRateSearch(LoadEngine engine, Duration window, int holdMs) {
    this.engine = engine;
    this.window = window;
    this.holdMs = holdMs;
  }

  /**
   * The search's trials.
   *
   * @param highestClean the highest clean rate found, 0 when even the start failed
   * @param trials every trial, in order
   */
  public record Outcome(Engine engine, int highestClean, List<LoadResult> trials) {
    public Outcome {
      trials = List.copyOf(trials);
    }
  }

  /**
   * Runs the search.
   *
   * @param startRate the first rate tried
   * @param sut the switch, restarted after an unclean trial
   * @param dir trial folders go below it ({@code <engine>-<n>-<rate>cps})
   */
  public Outcome run(int startRate, TrialSwitch sut, Path dir, LoadProgress progress) throws LoadException, InterruptedException {
    if (startRate < 1 || startRate > CEILING) {
      throw new IllegalArgumentException("expected a start rate of 1-" + CEILING + " calls/s, but got " + startRate);
    }
    List<LoadResult> trials = new ArrayList<>();
    int clean = 0;
    int failed = Integer.MAX_VALUE;
    int rate = startRate;
    while (trials.size() < MAX_TRIALS) {
      LoadResult r = engine.run(sut.address(), rate, window, holdMs, dir.resolve(engine.engine().id() + "-" + (trials.size() + 1) + "-" + rate + "cps"), progress);
      trials.add(r);
      sut.afterTrial(r);
      if (r.clean()) {
        clean = Math.max(clean, rate);
      } else {
        failed = Math.min(failed, rate);
      }
      Integer next = next(clean, failed);
      if (next == null) {
        break;
      }
      rate = next;
    }
    return new Outcome(engine.engine(), clean, trials);
  }

  /** The next rate to try, or null when the search is done. */
  static Integer next(int clean, int failed) {
    if (failed == Integer.MAX_VALUE) {
      return clean >= CEILING ? null : Math.min(CEILING, clean * 2);
    }
    if (clean == 0) {
      return failed <= 1 ? null : failed / 2;
    }
    int gap = failed - clean;
    if (gap <= Math.max(10, clean / 20)) {
      return null;
    }
    return clean + gap / 2;
  }
}
