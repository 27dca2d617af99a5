package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.Check;
import hotline.plan.Plan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the chosen checks of every activation, in three phases so checks never disturb each
 * other's lines:
 *
 * <ol>
 *   <li>route and exact-number, every activation at once (lines just answer), then origin, every
 *       activation at once: an origin call goes into a neighbour's trunk, which must not be busy
 *       with the neighbour's own route calls (a one-line trunk would give 503);
 *   <li>hunting, capacity and charging, at once for activations that share no line, one after the
 *       other within an activation (they program its lines);
 *   <li>rollback, one activation at a time (it changes the switch for everyone).
 * </ol>
 *
 * <p>Once the switch has stopped (crashed, killed), the checks not yet started fail at once
 * instead of waiting for calls that can only time out.
 */
public final class Verifier {
  private static final List<ActivationCheck> ALL =
      List.of(new RouteCheck(), new OriginCheck(), new ExactNumberCheck(), new HuntingCheck(), new CapacityCheck(), new ChargingCheck(), new RollbackCheck());
  private static final Set<Check> PHASE_ONE = Set.of(Check.ROUTE, Check.EXACT_NUMBER);
  private static final Set<Check> PHASE_TWO = Set.of(Check.HUNTING, Check.CAPACITY, Check.CHARGING);

  private final int parallelism;

  /** @param parallelism how many activations are checked at the same time (1-256) */
  public Verifier(int parallelism) {
    if (parallelism < 1 || parallelism > 256) {
      throw new IllegalArgumentException("expected a parallelism of 1-256, but got " + parallelism);
    }
    this.parallelism = parallelism;
  }

  /** Runs the checks; results go to the collector as each check ends. */
  public void run(Set<Check> checks, CheckContext ctx, ResultsCollector results) throws InterruptedException {
    Map<Check, ActivationCheck> byCheck = ALL.stream().collect(Collectors.toMap(ActivationCheck::check, Function.identity()));
    List<ActivationCheck> one = ALL.stream().filter(c -> checks.contains(c.check()) && PHASE_ONE.contains(c.check())).toList();
    List<ActivationCheck> origin = ALL.stream().filter(c -> checks.contains(c.check()) && c.check() == Check.ORIGIN).toList();
    List<ActivationCheck> two = ALL.stream().filter(c -> checks.contains(c.check()) && PHASE_TWO.contains(c.check())).toList();
    Plan plan = ctx.plan();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "hotline-verify");
      t.setDaemon(true);
      return t;
    });
    try {
      List<List<Activation>> singles = plan.activations().stream().map(List::of).toList();
      runAll(pool, singles, one, ctx, results);
      runAll(pool, singles, origin, ctx, results);
      runAll(pool, lineDisjointGroups(plan.activations()), two, ctx, results);
      if (checks.contains(Check.ROLLBACK)) {
        for (Activation a : plan.activations()) {
          results.add(runUnlessStopped(byCheck.get(Check.ROLLBACK), a, ctx));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void runAll(ExecutorService pool, List<List<Activation>> groups, List<ActivationCheck> checks, CheckContext ctx, ResultsCollector results)
      throws InterruptedException {
    if (checks.isEmpty()) {
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (List<Activation> group : groups) {
      futures.add(pool.submit(() -> {
        for (Activation a : group) {
          for (ActivationCheck c : checks) {
            if (Thread.currentThread().isInterrupted()) {
              return;
            }
            results.add(runUnlessStopped(c, a, ctx));
          }
        }
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a check failed unexpectedly: " + e.getCause(), e.getCause());
      }
    }
  }

  /** Runs the check, or fails it at once when the switch has stopped (its calls could only time out). */
  private static CheckRun runUnlessStopped(ActivationCheck c, Activation a, CheckContext ctx) {
    return ctx.sut().isRunning() ? c.run(a, ctx) : Verdicts.switchStopped(c.check(), a, ctx.sut().description());
  }

  /** Activations grouped so that no two groups share a line (a call center serving two areas). */
  static List<List<Activation>> lineDisjointGroups(List<Activation> activations) {
    List<List<Activation>> groups = new ArrayList<>();
    List<Set<String>> lineSets = new ArrayList<>();
    for (Activation a : activations) {
      Set<String> lines = new HashSet<>(a.huntGroup().lines().stream().map(PhoneNumber::national).toList());
      List<Activation> merged = new ArrayList<>(List.of(a));
      for (int i = groups.size() - 1; i >= 0; i--) {
        if (lineSets.get(i).stream().anyMatch(lines::contains)) {
          merged.addAll(0, groups.remove(i));
          lines.addAll(lineSets.remove(i));
        }
      }
      groups.add(merged);
      lineSets.add(lines);
    }
    return groups;
  }
}
