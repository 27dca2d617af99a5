package hotline.load;

import hotline.sipp.GeneratorHealth;
import hotline.sipp.LatencyPercentiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One load trial: one engine, one rate, one window. The counts add up: {@code attempted =
 * answered + failed}, and calls that reached a wrong line are among the failed ones.
 *
 * @param engine which engine placed the calls
 * @param targetRate calls per second asked for
 * @param window how long the calls were placed for
 * @param planned calls the rate and window make
 * @param attempted calls actually placed (INVITEs sent)
 * @param answered calls answered at the line they had to reach
 * @param failed every other call: rejected, timed out, aborted, or at a wrong line
 * @param wrongLine calls that reached a line they must not reach
 * @param achievedRate calls placed per second over the time placing took
 * @param setup INVITE → 200 percentiles of the answered calls
 * @param failures failed calls by cause: a status ("503"), "wrong-line", "timeout", "aborted"
 * @param generators the health of every generator process
 * @param problems what makes the trial unclean besides failed calls ("asked for 5000 calls, placed
 *     4890"); a rate achieved below {@link #MIN_ACHIEVED_SHARE} of the target is added here
 * @param dir where its files are
 */
public record LoadResult(
    Engine engine,
    int targetRate,
    Duration window,
    long planned,
    long attempted,
    long answered,
    long failed,
    long wrongLine,
    double achievedRate,
    LatencyPercentiles setup,
    Map<String, Long> failures,
    List<GeneratorHealth> generators,
    List<String> problems,
    Path dir) {
  public LoadResult {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(setup, "setup");
    failures = Map.copyOf(new TreeMap<>(failures));
    generators = List.copyOf(generators);
    List<String> allProblems = new java.util.ArrayList<>(problems);
    if (achievedRate < MIN_ACHIEVED_SHARE * targetRate) {
      allProblems.add(String.format(java.util.Locale.ROOT, "asked for %d calls/s, placed %.0f/s: the calls were placed, but not at the rate", targetRate, achievedRate));
    }
    problems = List.copyOf(allProblems);
    Objects.requireNonNull(dir, "dir");
    if (attempted != answered + failed) {
      throw new IllegalArgumentException("expected attempted = answered + failed, but got " + attempted + " != " + answered + " + " + failed);
    }
    if (wrongLine > failed) {
      throw new IllegalArgumentException("expected the wrong-line calls among the failed ones, but got " + wrongLine + " > " + failed);
    }
    long byCause = failures.values().stream().mapToLong(Long::longValue).sum();
    if (byCause != failed) {
      throw new IllegalArgumentException("expected the failures by cause to add up to " + failed + ", but they add up to " + byCause);
    }
  }

  /** A trial that placed its calls slower than this share of the rate asked for is not clean. */
  public static final double MIN_ACHIEVED_SHARE = 0.95;

  /** Every planned call placed at (nearly) the rate asked for, answered at its line. */
  public boolean clean() {
    return failed == 0 && wrongLine == 0 && attempted == planned && problems.isEmpty();
  }

  /** Whether any generator was its own bottleneck. */
  public boolean generatorSaturated() {
    return generators.stream().anyMatch(GeneratorHealth::saturated);
  }

  /** One line: engine, rate, counts, achieved rate. */
  public String summary() {
    return String.format(java.util.Locale.ROOT, "%s %d/s: %d planned, %d attempted, %d answered, %d failed (%d wrong line), %.0f/s achieved",
        engine.id(), targetRate, planned, attempted, answered, failed, wrongLine, achievedRate);
  }

  /** Findings about the generators, for reports. */
  public List<String> generatorFindings() {
    List<String> findings = new java.util.ArrayList<>(generators.stream().flatMap(g -> g.findings().stream()).distinct().toList());
    double machine = generators.stream().mapToDouble(g -> g.cpu().machinePeakBusyPercent()).max().orElse(0);
    if (generators.stream().anyMatch(GeneratorHealth::machineSaturated)) {
      findings.add(String.format(java.util.Locale.ROOT, "the machine was %.0f %% busy at its peak: the results measure the machine as much as the switch", machine));
    }
    return findings;
  }
}
