package hotline.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The working-day arrangement of one year, copied from one State Council notice.
 *
 * @param year the calendar year
 * @param notice the notice the arrangement comes from (title, document number or publication date)
 * @param holidays the holiday periods; no day appears twice and every day lies in {@code year}
 * @param workdays the weekend days the notice makes working days (调休); each a Saturday or Sunday of
 *     {@code year}, none inside a holiday, none twice
 */
public record CalendarYear(
    int year, String notice, List<Holiday> holidays, List<LocalDate> workdays) {

  /** Checks the invariants the calendar file's validation guarantees for user input. */
  public CalendarYear {
    Objects.requireNonNull(notice, "notice");
    holidays = List.copyOf(holidays);
    workdays = List.copyOf(workdays);
    if (notice.isBlank()) {
      throw new IllegalArgumentException("expected the notice, but got '" + notice + "'");
    }
    Set<LocalDate> daysOff = new HashSet<>();
    for (Holiday holiday : holidays) {
      holiday.days().forEach(day -> requireNew(daysOff, day, year));
    }
    Set<LocalDate> adjusted = new HashSet<>();
    for (LocalDate day : workdays) {
      requireNew(adjusted, day, year);
      if (!isWeekend(day) || daysOff.contains(day)) {
        throw new IllegalArgumentException(
            "expected an adjusted working day on a weekend outside the holidays, but got '"
                + day
                + "'");
      }
    }
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private static void requireNew(Set<LocalDate> seen, LocalDate day, int year) {
    if (day.getYear() != year) {
      throw new IllegalArgumentException("expected a date in " + year + ", but got '" + day + "'");
    }
    if (!seen.add(day)) {
      throw new IllegalArgumentException("expected each date once, but got '" + day + "' twice");
    }
  }
}
