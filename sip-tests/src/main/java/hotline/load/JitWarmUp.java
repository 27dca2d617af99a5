package hotline.load;

import hotline.sut.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Warms the JAIN-SIP engine's code up before its first measured trial. A fresh JVM interprets the
 * SIP stack until the JIT has compiled it, and the compiler itself takes CPU the switch needs: on
 * two cores a cold engine placing 1,000 calls/s fell behind and never caught up. The warm-up places
 * calls from the engine's caller straight to its own call center on another loopback port (the
 * switch sees none of them), in steps of rising rate, and throws the results away. Done once per
 * run, before the first JAIN-SIP trial.
 */
final class JitWarmUp {
  /** The first step's rate; each next step doubles it. */
  static final int FIRST_RATE = 200;

  /** The last step's rate at most: by then the hot paths are compiled. */
  static final int LAST_RATE = 1_600;

  /** Each step's length. */
  static final Duration STEP = Duration.ofMillis(1_500);

  private JitWarmUp() {}

  /**
   * The rates of the steps for a run that will place up to {@code targetRate} calls per second:
   * 200, 400, ... while below the target, at most {@link #LAST_RATE}; none for a target of 200 or
   * less, which a cold JVM keeps up with.
   */
  static List<Integer> steps(int targetRate) {
    List<Integer> steps = new ArrayList<>();
    for (int rate = FIRST_RATE; rate < targetRate && rate <= LAST_RATE; rate *= 2) {
      steps.add(rate);
    }
    return steps;
  }

  /**
   * Runs the steps for {@code targetRate}, telling {@code progress} what it does.
   *
   * @param dir the folder the steps' trials are given (nothing is written there)
   * @return what was done; empty when the target needs no warm-up
   */
  static Optional<WarmUp> run(LoadMix mix, String host, Duration callTimeout, int targetRate, Path dir, LoadProgress progress) throws LoadException, InterruptedException {
    List<Integer> steps = steps(targetRate);
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    progress.note("jain: warming up the JIT first: calls from the engine's caller straight to its call center (not through the switch) at "
        + steps.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " calls/s, " + STEP.toMillis() / 1000.0 + " s each; not counted");
    long started = System.nanoTime();
    long calls = new JainLoadEngine(mix, host, FreePorts.udp(host), callTimeout).direct(steps, STEP, dir).stream().mapToLong(LoadResult::attempted).sum();
    WarmUp done = new WarmUp(steps, STEP, calls, Duration.ofNanos(System.nanoTime() - started));
    progress.note(String.format(Locale.ROOT, "jain: warmed up with %d calls in %.1f s", done.calls(), done.elapsed().toMillis() / 1000.0));
    return Optional.of(done);
  }
}
