package hotline.verify;

import hotline.plan.Activation;
import hotline.plan.Check;

/** One check of one activation: places its calls and judges them. */
public interface ActivationCheck {
  Check check();

  /** Runs the check; never throws for what the switch does, only records it. */
  CheckRun run(Activation activation, CheckContext context);
}
