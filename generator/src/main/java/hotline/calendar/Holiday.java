package hotline.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One public holiday period as the State Council notice states it: every day from {@code from} to
 * {@code to} inclusive is off, weekends inside the period included.
 *
 * @param name the holiday's name as in the notice, such as 春节
 * @param from the first day off
 * @param to the last day off, not before {@code from}
 */
public record Holiday(String name, LocalDate from, LocalDate to) {

  /** Checks that the name is not blank and the period is not reversed. */
  public Holiday {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a holiday name, but got '" + name + "'");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "expected 'to' on or after " + from + ", but got '" + to + "'");
    }
  }

  /** Returns every day off of the period, in order. */
  public Stream<LocalDate> days() {
    return from.datesUntil(to.plusDays(1));
  }
}
