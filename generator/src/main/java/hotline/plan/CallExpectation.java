package hotline.plan;

import hotline.number.PhoneNumber;
import java.util.Objects;

/**
 * One test call the plan expects a certain way: who calls, what they dial, how it must end.
 *
 * @param check the check the call belongs to
 * @param scenario a short description: "local caller", "caller of 0755", "dialled 1233"
 * @param caller the calling number, in the caller's local network
 * @param dialled the digits dialled
 * @param outcome the line that must answer, or the status that must come back
 */
public record CallExpectation(Check check, String scenario, PhoneNumber caller, String dialled, Outcome outcome) {
  public CallExpectation {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(dialled, "dialled");
    Objects.requireNonNull(outcome, "outcome");
  }
}
