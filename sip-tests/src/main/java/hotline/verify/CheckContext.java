package hotline.verify;

import hotline.plan.Plan;
import hotline.sut.SwitchUnderTest;
import java.util.Objects;

/**
 * What a check works with: the plan (trunks pointed at the harness's call center), the switch,
 * the test calls, and the engine that places the plan's expected calls (route, origin,
 * exact-number): the same JAIN-SIP test calls, or SIPp.
 */
public record CheckContext(Plan plan, SwitchUnderTest sut, TestCalls calls, Progress progress, ExpectedCallPlacer expectedCalls) {
  public CheckContext {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(sut, "sut");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(expectedCalls, "expectedCalls");
  }

  /** Every call through the JAIN-SIP test calls. */
  public CheckContext(Plan plan, SwitchUnderTest sut, TestCalls calls, Progress progress) {
    this(plan, sut, calls, progress, calls);
  }
}
