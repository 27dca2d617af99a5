package hotline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = CalendarLoader.bundled();

  @Test
  void weekdaysWorkWeekendsRestHolidaysRestAndAdjustedWeekendsWork() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).as("plain Monday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("plain Saturday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 15))).as("Sunday in 春节").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("adjusted Saturday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("adjusted Sunday").isTrue();
  }

  @Test
  void theStartDayIsNotCounted() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 1))
        .isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1))
        .as("Friday + 1 is the next Monday")
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void tenWorkingDaysFromFridayBeforeNationalDaySkipTheHolidayAndCountTheAdjustedSaturday() {
    // 2026-09-25 is itself a holiday (中秋节); counting starts the day after:
    // 9-28, 9-29, 9-30, [10-01..10-07 off], 10-08, 10-09, 10-10 (adjusted Saturday), 10-12..10-15.
    LocalDate received = LocalDate.of(2026, 9, 25);

    assertThat(calendar.addWorkingDays(received, 10)).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(calendar.addWorkingDays(received, 6)).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void tenWorkingDaysFromTheFridayBeforeCountTheAdjustedSunday() {
    // 9-20 (adjusted Sunday), 9-21..9-24, [9-25..9-27 off], 9-28..9-30, [10-01..10-07 off], 10-08,
    // 10-09
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 10))
        .isEqualTo(LocalDate.of(2026, 10, 9));
  }

  @Test
  void aPeriodStartingOnAHolidayCountsFromTheDayAfter() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 1), 1))
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
    LocalDate start = LocalDate.of(2026, 9, 25);

    assertThat(calendar.workingDaysBetween(start, LocalDate.of(2026, 10, 15))).isEqualTo(10);
    assertThat(calendar.workingDaysBetween(start, start)).isZero();
    assertThat(calendar.workingDaysBetween(start, LocalDate.of(2026, 9, 27))).isZero();
  }

  @Test
  void rejectsReversedRangesAndNonPositivePeriods() {
    LocalDate day = LocalDate.of(2026, 3, 2);

    assertThatThrownBy(() -> calendar.workingDaysBetween(day, day.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an end on or after 2026-03-02, but got '2026-03-01'");
    assertThatThrownBy(() -> calendar.addWorkingDays(day, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a positive number of working days, but got '0'");
  }

  @Test
  void aCountThatReachesAMissingYearFailsAndSaysHowToAddIt() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 10))
        .isInstanceOfSatisfying(
            CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2027))
        .hasMessageStartingWith("no working-day calendar for 2027 (the calendar has 2025, 2026)")
        .hasMessageContaining("--calendar FILE")
        .hasMessageEndingWith(CalendarYearMissingException.snippet(2027));
  }

  @Test
  void aDayOfAMissingYearFails() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 6, 3)))
        .isInstanceOfSatisfying(
            CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2024));
  }
}
