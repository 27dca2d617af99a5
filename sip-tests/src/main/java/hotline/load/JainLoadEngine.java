package hotline.load;

import hotline.sip.Arrival;
import hotline.sip.Call;
import hotline.sip.CallCenter;
import hotline.sip.CallOutcome;
import hotline.sip.Caller;
import hotline.sip.EndpointOptions;
import hotline.sip.SipAddress;
import hotline.sipp.CpuWatch;
import hotline.sipp.GeneratorHealth;
import hotline.sipp.LatencyPercentiles;
import hotline.sipp.SippCall;
import hotline.sipp.SippRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The JAIN-SIP engine: the harness's {@link Caller} places calls at a paced rate (one pacing
 * thread, calls followed without a thread each), its {@link CallCenter} answers at the trunk
 * gateway, answered calls are held, then hung up by a BYE sent from the thread that learnt the
 * answer (or the hold timer) without waiting for its answer. Both endpoints run with {@link
 * EndpointOptions#LOAD}: no message capture, a small event pool, small receive buffers. An ended
 * call is released at once, so memory holds only the calls in progress. After the trial every
 * arrival at the call center is checked against the line its caller had to reach.
 */
public final class JainLoadEngine implements LoadEngine {
  /** A call placed later than this after its slot counts as a pacing slip (generator overload). */
  static final Duration LATE = Duration.ofMillis(100);
  private static final Duration HANG_UP = Duration.ofSeconds(5);
  /** How long a call given up stays known: a 2xx may come until the INVITE transaction times out (64*T1). */
  private static final Duration LINGER = Duration.ofSeconds(32);

  private final LoadMix mix;
  private final String host;
  private final int gatewayPort;
  private final Duration callTimeout;

  public JainLoadEngine(LoadMix mix, String host, int gatewayPort, Duration callTimeout) {
    this.mix = mix;
    this.host = host;
    this.gatewayPort = gatewayPort;
    this.callTimeout = callTimeout;
  }

  @Override
  public Engine engine() {
    return Engine.JAIN;
  }

  /** One placed call and what became of it; the SIP call itself is let go when it ends. */
  private static final class Placed {
    final SippCall call;
    final String callId;
    final long sentNanos;
    final boolean sent;
    volatile CallOutcome outcome;
    volatile ScheduledFuture<?> timeout;

    Placed(SippCall call, String callId, long sentNanos, boolean sent) {
      this.call = call;
      this.callId = callId;
      this.sentNanos = sentNanos;
      this.sent = sent;
    }
  }

  @Override
  public LoadResult run(SipAddress switchAddress, int rate, Duration window, int holdMs, Path dir, LoadProgress progress) throws LoadException, InterruptedException {
    try (Endpoints endpoints = Endpoints.open(host, gatewayPort)) {
      return trial(endpoints, switchAddress, rate, window, holdMs, dir, progress);
    }
  }

  /**
   * Trials at each of {@code rates} for {@code step}, placed from the engine's caller straight to
   * its own call center (no switch), on one pair of endpoints: the JIT's warm-up. The calls reach
   * the call center at the dialled number, so the trials count them as wrong-line calls.
   */
  List<LoadResult> direct(List<Integer> rates, Duration step, Path dir) throws LoadException, InterruptedException {
    List<LoadResult> results = new ArrayList<>();
    try (Endpoints endpoints = Endpoints.open(host, gatewayPort)) {
      for (int rate : rates) {
        results.add(trial(endpoints, new SipAddress(host, gatewayPort), rate, step, 0, dir, LoadProgress.NONE));
      }
    }
    return results;
  }

  /** The engine's call center and caller; closed together, as each stack's stop takes a second. */
  private record Endpoints(CallCenter center, Caller caller) implements AutoCloseable {
    static Endpoints open(String host, int gatewayPort) throws LoadException {
      CallCenter center;
      try {
        center = CallCenter.open(host, gatewayPort, EndpointOptions.LOAD);
      } catch (IllegalStateException e) {
        throw new LoadException("the JAIN-SIP engine could not open its call center on " + host + ":" + gatewayPort + ": " + e.getMessage(), e);
      }
      try {
        return new Endpoints(center, Caller.open(host, 0, EndpointOptions.LOAD));
      } catch (IllegalStateException e) {
        center.close();
        throw new LoadException("the JAIN-SIP engine could not open its caller on " + host + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      CompletableFuture<Void> centerClosed = CompletableFuture.runAsync(center::close, runnable -> new Thread(runnable, "hotline-load-close").start());
      try {
        caller.close();
      } finally {
        centerClosed.join();
      }
    }
  }

  private LoadResult trial(Endpoints endpoints, SipAddress switchAddress, int rate, Duration window, int holdMs, Path dir, LoadProgress progress)
      throws LoadException, InterruptedException {
    long planned = Math.round(rate * window.toMillis() / 1000.0);
    if (planned > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("expected at most " + Integer.MAX_VALUE + " calls, but got " + planned);
    }
    progress.trialStarted(Engine.JAIN, rate, planned);
    List<SippCall> sequence = interleave(mix.areas());
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(2, daemon("hotline-load-timers"));
    timers.setRemoveOnCancelPolicy(true);
    Histogram setup = LatencyPercentiles.newHistogram();
    AtomicLong answered2xx = new AtomicLong();
    AtomicLong notAnswered = new AtomicLong();
    AtomicLong byeFailures = new AtomicLong();
    List<Placed> placed = new ArrayList<>((int) planned);
    CountDownLatch ended = new CountDownLatch((int) planned);
    long late = 0;
    long worstLateNanos = 0;
    long start;
    long lastSent;
    CpuWatch cpu = CpuWatch.ofThisProcess(500);
    CallCenter center = endpoints.center();
    Caller caller = endpoints.caller();
    try {
      ScheduledFuture<?> ticker = timers.scheduleAtFixedRate(() -> progress.update(placed.size(), answered2xx.get(), notAnswered.get()), 250, 250, TimeUnit.MILLISECONDS);
      start = System.nanoTime();
      lastSent = start;
      double intervalNanos = 1e9 / rate;
      for (int i = 0; i < planned; i++) {
        long due = start + Math.round(i * intervalNanos);
        long now;
        while ((now = System.nanoTime()) < due) {
          LockSupport.parkNanos(due - now);
        }
        long lag = now - due;
        if (lag > LATE.toNanos()) {
          late++;
        }
        worstLateNanos = Math.max(worstLateNanos, lag);
        SippCall c = sequence.get(i % sequence.size());
        Call sip;
        try {
          sip = caller.dial(c.caller(), c.dialled(), switchAddress);
        } catch (RuntimeException e) {
          Placed p = new Placed(c, "", now, false);
          p.outcome = new CallOutcome.TimedOut(Duration.ZERO);
          notAnswered.incrementAndGet();
          ended.countDown();
          synchronized (placed) {
            placed.add(p);
          }
          continue;
        }
        lastSent = System.nanoTime();
        Placed p = new Placed(c, sip.callId(), now, true);
        follow(p, sip, caller, holdMs, timers, setup, answered2xx, notAnswered, byeFailures, ended);
        synchronized (placed) {
          placed.add(p);
        }
      }
      Duration bound = callTimeout.plus(Duration.ofMillis(holdMs)).plus(HANG_UP).plus(Duration.ofSeconds(5));
      boolean allEnded = ended.await(bound.toMillis(), TimeUnit.MILLISECONDS);
      ticker.cancel(false);
      progress.update(placed.size(), answered2xx.get(), notAnswered.get());
      List<Arrival> arrivals = center.arrivals();
      LoadResult result = classify(rate, window, planned, placed, arrivals, setup, start, lastSent, dir, allEnded, byeFailures.get(),
          new GeneratorHealth("jain-sip engine (this JVM)", cpu.report(), 100.0 * Runtime.getRuntime().availableProcessors(), OptionalLong.empty(), late,
              late == 0 ? List.of() : List.of(late + " call(s) placed more than " + LATE.toMillis() + " ms after their slot (worst " + worstLateNanos / 1_000_000 + " ms)")));
      progress.trialDone(result);
      return result;
    } catch (IllegalStateException e) {
      throw new LoadException("the JAIN-SIP engine could not run: " + e.getMessage(), e);
    } finally {
      cpu.close();
      timers.shutdownNow();
    }
  }

  private void follow(Placed p, Call sip, Caller caller, int holdMs, ScheduledThreadPoolExecutor timers, Histogram setup,
      AtomicLong answered2xx, AtomicLong notAnswered, AtomicLong byeFailures, CountDownLatch ended) {
    // the outcome of a call that got no final response in time is TimedOut (and it is cancelled)
    p.timeout = timers.schedule(() -> sip.awaitFinal(Duration.ZERO), callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    sip.whenFinal().thenAccept(outcome -> {
      p.outcome = outcome;
      p.timeout.cancel(false);
      if (outcome instanceof CallOutcome.Answered) {
        answered2xx.incrementAndGet();
        // measured here: the call's own timings are set after its outcome completes
        long setupNanos = System.nanoTime() - p.sentNanos;
        synchronized (setup) {
          LatencyPercentiles.recordNanos(setup, setupNanos);
        }
        // sending the BYE does not block; its answer completes the call on a stack thread
        Runnable hangUp = () -> {
          CompletableFuture<Void> bye;
          try {
            bye = sip.hangUpAsync().toCompletableFuture();
          } catch (RuntimeException e) {
            bye = CompletableFuture.failedFuture(e);
          }
          bye.orTimeout(HANG_UP.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, failure) -> {
            if (failure != null) {
              byeFailures.incrementAndGet();
            }
            caller.release(sip);
            ended.countDown();
          });
        };
        if (holdMs == 0) {
          hangUp.run();
        } else {
          timers.schedule(hangUp, holdMs, TimeUnit.MILLISECONDS);
        }
      } else {
        notAnswered.incrementAndGet();
        if (outcome instanceof CallOutcome.TimedOut) {
          // given up, not ended: a late 2xx must still find the call to be acknowledged and hung up
          timers.schedule(() -> caller.release(sip), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        } else {
          caller.release(sip);
        }
        ended.countDown();
      }
    });
  }

  private LoadResult classify(int rate, Duration window, long planned, List<Placed> placed, List<Arrival> arrivals, Histogram setup, long start, long lastSent,
      Path dir, boolean allEnded, long byeFailures, GeneratorHealth health) {
    Map<String, String> lineByCaller = mix.lineByCaller();
    Map<String, String> lastLine = new HashMap<>();
    Set<String> wrong = new HashSet<>();
    for (Arrival a : arrivals) {
      lastLine.put(a.callId(), a.line());
      String expected = lineByCaller.get(userOf(a.from()).orElse(""));
      if (!a.line().equals(expected)) {
        wrong.add(a.callId());
      }
    }
    Map<String, Long> failures = new TreeMap<>();
    long answered = 0;
    long wrongLine = 0;
    List<Placed> snapshot;
    synchronized (placed) {
      snapshot = List.copyOf(placed);
    }
    for (Placed p : snapshot) {
      CallOutcome o = p.outcome;
      String callId = p.callId;
      String expected = p.call.expectedLineOrNone();
      if (wrong.contains(callId) || (o instanceof CallOutcome.Answered && !expected.equals(lastLine.get(callId)))) {
        wrongLine++;
        failures.merge(SippLoadEngine.WRONG_LINE, 1L, Long::sum);
      } else if (o instanceof CallOutcome.Answered) {
        answered++;
      } else if (o instanceof CallOutcome.Rejected r) {
        failures.merge(Integer.toString(r.status()), 1L, Long::sum);
      } else if (o instanceof CallOutcome.TimedOut) {
        failures.merge(p.sent ? SippLoadEngine.TIMEOUT : SippLoadEngine.ABORTED, 1L, Long::sum);
      } else {
        failures.merge(SippLoadEngine.TIMEOUT, 1L, Long::sum);
      }
    }
    long attempted = snapshot.size();
    List<String> problems = new ArrayList<>();
    if (attempted != planned) {
      problems.add("asked for " + planned + " calls, placed " + attempted);
    }
    if (!allEnded) {
      problems.add("some calls had not ended when the trial's time was up");
    }
    if (byeFailures > 0) {
      problems.add(byeFailures + " answered call(s) could not be hung up (no 200 to the BYE within " + HANG_UP.toSeconds() + " s)");
    }
    double placing = attempted < 2 ? window.toMillis() / 1000.0 : (lastSent - start) / 1e9 * attempted / (attempted - 1);
    LatencyPercentiles percentiles;
    synchronized (setup) {
      percentiles = LatencyPercentiles.of(setup);
    }
    return new LoadResult(Engine.JAIN, rate, window, planned, attempted, answered, attempted - answered, wrongLine, placing > 0 ? attempted / placing : 0, percentiles, failures, List.of(health), problems, dir);
  }

  /** The areas' callers in turns: area 1's first caller, area 2's first, ..., area 1's second. */
  static List<SippCall> interleave(List<SippRunner.Area> areas) {
    int longest = areas.stream().mapToInt(a -> a.calls().size()).max().orElse(0);
    List<SippCall> out = new ArrayList<>();
    for (int i = 0; i < longest; i++) {
      for (SippRunner.Area a : areas) {
        out.add(a.calls().get(i % a.calls().size()));
      }
    }
    return out;
  }

  /** The user part of a SIP URI: sip:02020000001@127.0.0.1 → 02020000001. */
  static Optional<String> userOf(String uri) {
    int colon = uri.indexOf(':');
    int at = uri.indexOf('@');
    return colon >= 0 && at > colon ? Optional.of(uri.substring(colon + 1, at)) : Optional.empty();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
