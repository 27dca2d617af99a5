package hotline.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Gathers check runs as they finish, from several threads, so a run stopped half way can still
 * write what it has, marked incomplete.
 */
public final class ResultsCollector {
  private final Instant started = Instant.now();
  private final String sut;
  private final List<String> sources;
  private final Map<String, Integer> requestOrder;
  private final List<CheckRun> runs = new ArrayList<>();
  private final Optional<String> switchLog;

  public ResultsCollector(String sut, List<String> sources, List<String> requestIds, Optional<String> switchLog) {
    this.sut = sut;
    this.sources = List.copyOf(sources);
    this.requestOrder = new java.util.HashMap<>();
    for (int i = 0; i < requestIds.size(); i++) {
      requestOrder.put(requestIds.get(i), i);
    }
    this.switchLog = switchLog;
  }

  public synchronized void add(CheckRun run) {
    runs.add(run);
  }

  /** Replaces every call record by what {@code change} makes of it (ladders completed after the calls). */
  public synchronized void updateCalls(UnaryOperator<CallRecord> change) {
    runs.replaceAll(r -> new CheckRun(r.result(), r.calls().stream().map(change).toList()));
  }

  /** The results so far, in request order and check order. */
  public synchronized VerifyResults snapshot(boolean complete) {
    List<CheckRun> sorted = new ArrayList<>(runs);
    sorted.sort(
        Comparator.comparing((CheckRun r) -> requestOrder.getOrDefault(r.result().requestId(), Integer.MAX_VALUE))
            .thenComparing(r -> r.result().check().ordinal()));
    List<CheckResult> checks = sorted.stream().map(CheckRun::result).toList();
    List<CallRecord> calls = sorted.stream().flatMap(r -> r.calls().stream()).toList();
    return new VerifyResults(started, Instant.now(), complete, sut, sources, checks, calls, switchLog);
  }
}
