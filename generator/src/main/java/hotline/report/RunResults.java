package hotline.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code hotline verify} run found (results.json, format 1).
 *
 * @param started when the run started
 * @param finished when it finished
 * @param complete false when the run was interrupted and the results are partial
 * @param sut the switch under test, in words
 * @param sources the request files
 * @param checks every check of every request
 * @param calls every test call
 */
record RunResults(Instant started, Instant finished, boolean complete, String sut, List<String> sources, List<CheckOutcome> checks, List<TestCall> calls) {
  RunResults {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(sut, "sut");
    sources = List.copyOf(sources);
    checks = List.copyOf(checks);
    calls = List.copyOf(calls);
  }
}
