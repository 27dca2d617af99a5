package hotline.verify;

import hotline.plan.Plan;
import hotline.sut.SwitchUnderTest;
import java.util.Objects;

/**
 * What a check works with: the plan (trunks pointed at the harness's call center), the switch,
 * and the test calls.
 */
public record CheckContext(Plan plan, SwitchUnderTest sut, TestCalls calls, Progress progress) {
  public CheckContext {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(sut, "sut");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(progress, "progress");
  }
}
