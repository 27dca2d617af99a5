package hotline.load;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the JAIN-SIP engine's JIT warm-up did before its first trial (see {@link JitWarmUp}).
 *
 * @param ratesCps the steps' rates, in order
 * @param step each step's length
 * @param calls the calls placed, caller straight to call center, none through the switch
 * @param elapsed how long it took, stacks opened and closed included
 */
public record WarmUp(List<Integer> ratesCps, Duration step, long calls, Duration elapsed) {
  public WarmUp {
    ratesCps = List.copyOf(ratesCps);
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
