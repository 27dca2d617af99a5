package hotline.verify;

import hotline.plan.Outcome;
import java.time.Duration;
import java.util.Set;

/**
 * Places the calls of the plan's expectations (route, origin, exact-number checks) and records
 * how each ended: the JAIN-SIP {@link TestCalls}, or SIPp ({@link SippTestCalls}). Both give the
 * same dispositions, so one plan can be run through both engines and compared.
 */
public interface ExpectedCallPlacer {
  /** Places a call, waits for its end, hangs up, and records it. */
  CallRecord complete(String check, String requestId, String scenario, String callerNumber, String dialled, Outcome expected, Set<String> allowedLines, Duration timeout);
}
