package hotline.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code hotline load} (or {@code hotline bench}) was asked to do, validated.
 *
 * @param files the request files
 * @param out the output folder (plan.json, kamailio/, trials/, results.json, junit.xml)
 * @param engines the engines, in order (bench: both)
 * @param rate calls per second over all areas (the start rate of a search)
 * @param window how long each trial places calls
 * @param holdMs how long answered calls stay up
 * @param findMax whether to search for the highest clean rate instead of one trial
 * @param callTimeout how long a call may wait for its final response
 */
public record LoadSettings(List<Path> files, Path out, List<Engine> engines, int rate, Duration window, int holdMs, boolean findMax, Duration callTimeout) {
  public LoadSettings {
    files = List.copyOf(files);
    Objects.requireNonNull(out, "out");
    engines = List.copyOf(engines);
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(callTimeout, "callTimeout");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("expected at least one request file");
    }
    if (engines.isEmpty() || engines.stream().distinct().count() != engines.size()) {
      throw new IllegalArgumentException("expected one or more distinct engines, but got " + engines);
    }
    if (rate < 1 || rate > MaxRateSearch.CEILING) {
      throw new IllegalArgumentException("--cps: expected 1-" + MaxRateSearch.CEILING + " calls per second, but got '" + rate + "'");
    }
    if (window.toMillis() < 1000 || window.toSeconds() > 3600) {
      throw new IllegalArgumentException("--duration: expected 1-3600 seconds, but got '" + window.toSeconds() + "'");
    }
    if (holdMs < 0 || holdMs > 600_000) {
      throw new IllegalArgumentException("--hold: expected 0-600000 ms, but got '" + holdMs + "'");
    }
  }
}
