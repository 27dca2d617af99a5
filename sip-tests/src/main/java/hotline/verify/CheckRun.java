package hotline.verify;

import java.util.List;

/**
 * A check's verdict with the records of its calls.
 *
 * @param result the verdict in words
 * @param calls the calls the check placed
 */
public record CheckRun(CheckResult result, List<CallRecord> calls) {
  public CheckRun {
    calls = List.copyOf(calls);
  }
}
