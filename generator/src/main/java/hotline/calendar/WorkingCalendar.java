package hotline.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The official working-day calendar over the years it has arrangements for; immutable.
 *
 * <p>Counting follows the statutory rule: the start day (the day of receipt) is not counted, and a
 * period of n working days ends on the n-th working day after it. Any computation that has to look
 * at a day of a year the calendar lacks throws {@link CalendarYearMissingException}.
 */
public final class WorkingCalendar {

  private final SortedMap<Integer, CalendarYear> years;
  private final Set<LocalDate> daysOff;
  private final Set<LocalDate> adjustedWorkdays;

  private WorkingCalendar(SortedMap<Integer, CalendarYear> years) {
    this.years = years;
    this.daysOff =
        years.values().stream()
            .flatMap(y -> y.holidays().stream())
            .flatMap(Holiday::days)
            .collect(Collectors.toUnmodifiableSet());
    this.adjustedWorkdays =
        years.values().stream()
            .flatMap(y -> y.workdays().stream())
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Creates a calendar over the given years.
   *
   * @throws IllegalArgumentException if a year appears twice
   */
  public static WorkingCalendar of(Collection<CalendarYear> years) {
    Map<Integer, CalendarYear> byYear =
        years.stream().collect(Collectors.toMap(CalendarYear::year, Function.identity()));
    return new WorkingCalendar(new TreeMap<>(byYear));
  }

  /** Returns the years the calendar has arrangements for, in ascending order. */
  public List<CalendarYear> years() {
    return List.copyOf(years.values());
  }

  /**
   * Returns whether {@code day} is a working day: Monday to Friday outside the holidays, or an
   * adjusted weekend working day.
   *
   * @throws CalendarYearMissingException if the calendar lacks {@code day}'s year
   */
  public boolean isWorkingDay(LocalDate day) {
    if (!years.containsKey(day.getYear())) {
      throw new CalendarYearMissingException(day.getYear(), years.keySet());
    }
    if (CalendarYear.isWeekend(day)) {
      return adjustedWorkdays.contains(day);
    }
    return !daysOff.contains(day);
  }

  /**
   * Returns the deadline of a period of {@code n} working days starting on {@code start}: the n-th
   * working day after {@code start}, which itself is not counted.
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   * @throws CalendarYearMissingException if the count reaches a year the calendar lacks
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(
          "expected a positive number of working days, but got '" + n + "'");
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Returns the number of working days after {@code start} up to and including {@code end}; 0 when
   * they are the same day.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   * @throws CalendarYearMissingException if the range reaches a year the calendar lacks
   */
  public int workingDaysBetween(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "expected an end on or after " + start + ", but got '" + end + "'");
    }
    return (int) start.plusDays(1).datesUntil(end.plusDays(1)).filter(this::isWorkingDay).count();
  }
}
