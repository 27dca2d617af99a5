package hotline.load;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a load run found.
 *
 * @param started when it started
 * @param finished when it ended
 * @param sut the switch, described
 * @param sources the request files
 * @param settings what was asked
 * @param trials every trial, in order
 * @param searches the rate searches, one per engine, when asked for
 * @param warmUp the JAIN-SIP engine's JIT warm-up, when it had one
 */
public record LoadReport(
    Instant started, Instant finished, String sut, List<String> sources, LoadSettings settings, List<LoadResult> trials, List<MaxRateSearch.Outcome> searches, Optional<WarmUp> warmUp) {
  public LoadReport {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(sut, "sut");
    sources = List.copyOf(sources);
    Objects.requireNonNull(settings, "settings");
    trials = List.copyOf(trials);
    searches = List.copyOf(searches);
    Objects.requireNonNull(warmUp, "warmUp");
  }

  /**
   * Whether the run passed: a single trial is clean; a search found a clean rate and no trial
   * had a call at a wrong line (failures above the clean rate are what a search looks for).
   */
  public boolean passed() {
    boolean noWrongLine = trials.stream().allMatch(t -> t.wrongLine() == 0);
    if (searches.isEmpty()) {
      return noWrongLine && trials.stream().allMatch(LoadResult::clean);
    }
    return noWrongLine && searches.stream().allMatch(s -> s.highestClean() > 0);
  }

  /** The search of one engine. */
  public Optional<MaxRateSearch.Outcome> search(Engine engine) {
    return searches.stream().filter(s -> s.engine() == engine).findFirst();
  }
}
