package hotline.report;

import java.util.List;
import java.util.Objects;

/**
 * One check of one request as results.json records it.
 *
 * @param check the check's name ({@code route}, {@code exact-number}, ...)
 * @param request the request's id
 * @param verdict passed, failed or not run
 * @param summary the harness's English sentence (for a check not run: why)
 * @param failures the harness's English failure lines
 * @param callIds the Call-IDs of the check's calls, in order
 */
record CheckOutcome(String check, String request, ResultVerdict verdict, String summary, List<String> failures, List<String> callIds) {
  CheckOutcome {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    failures = List.copyOf(failures);
    callIds = List.copyOf(callIds);
  }
}
