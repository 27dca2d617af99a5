package hotline.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One statutory period of one request on the reference day.
 *
 * @param step the step, which gives the name and the rule text
 * @param from the start day (not counted), present once the period has started
 * @param due the last working day of the period, present once the period has started
 * @param status where the period stands
 * @param remainingWorkingDays working days after the reference day up to the due date; present
 *     exactly when the status is {@link Status#DUE}
 */
public record Deadline(
    Step step,
    Optional<LocalDate> from,
    Optional<LocalDate> due,
    Status status,
    OptionalInt remainingWorkingDays) {

  /** Checks that the dates, the status and the remaining days agree. */
  public Deadline {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(remainingWorkingDays, "remainingWorkingDays");
    if (from.isPresent() != status.started() || due.isPresent() != status.started()) {
      throw new IllegalArgumentException(
          "expected start and due dates exactly when the period has started, but got '"
              + status
              + "' with from "
              + from
              + " and due "
              + due);
    }
    if (from.isPresent() && !due.get().isAfter(from.get())) {
      throw new IllegalArgumentException(
          "expected a due date after " + from.get() + ", but got '" + due.get() + "'");
    }
    if (remainingWorkingDays.isPresent() != (status == Status.DUE)
        || remainingWorkingDays.orElse(0) < 0) {
      throw new IllegalArgumentException(
          "expected remaining working days (0 or more) exactly when due, but got '"
              + remainingWorkingDays
              + "' when "
              + status);
    }
  }

  /** Returns the step's name in {@code language}. */
  public String name(Language language) {
    return step.label(language);
  }

  /** Returns the statutory rule in {@code language}. */
  public String rule(Language language) {
    return step.rule(language);
  }
}
