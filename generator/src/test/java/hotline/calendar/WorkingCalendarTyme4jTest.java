package hotline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the bundled calendar against cn.6tail:tyme4j, an independent copy of the State
 * Council notices, for every day of every year both cover. The bundled file stays the source of
 * truth; a difference means one of the two copied a notice wrongly.
 */
class WorkingCalendarTyme4jTest {

  private final WorkingCalendar calendar = CalendarLoader.bundled();

  @Test
  void everyDayOfEveryYearBothCoverAgrees() {
    List<Integer> shared =
        calendar.years().stream()
            .map(CalendarYear::year)
            .filter(WorkingCalendarTyme4jTest::tymeCovers)
            .toList();
    assertThat(shared).as("years both cover").contains(2025, 2026);

    for (int year : shared) {
      yearDays(year)
          .forEach(
              day ->
                  assertThat(calendar.isWorkingDay(day))
                      .as("working day %s (tyme4j: %s)", day, tyme(day))
                      .isEqualTo(tymeWorkingDay(day)));
    }
  }

  @Test
  void holidayAndAdjustedDaysAreTheSameSetsAsTyme4js() {
    for (CalendarYear year : calendar.years()) {
      if (!tymeCovers(year.year())) {
        continue;
      }
      Set<LocalDate> daysOff =
          year.holidays().stream().flatMap(Holiday::days).collect(Collectors.toSet());
      assertThat(daysOff).as("days off of %d", year.year()).isEqualTo(tymeDays(year.year(), false));
      assertThat(Set.copyOf(year.workdays()))
          .as("adjusted working days of %d", year.year())
          .isEqualTo(tymeDays(year.year(), true));
    }
  }

  private static boolean tymeCovers(int year) {
    return yearDays(year).anyMatch(day -> tyme(day).isPresent());
  }

  private static boolean tymeWorkingDay(LocalDate day) {
    return tyme(day).map(LegalHoliday::isWork).orElse(!CalendarYear.isWeekend(day));
  }

  private static Set<LocalDate> tymeDays(int year, boolean work) {
    return yearDays(year)
        .filter(day -> tyme(day).filter(h -> h.isWork() == work).isPresent())
        .collect(Collectors.toSet());
  }

  private static Optional<LegalHoliday> tyme(LocalDate day) {
    return Optional.ofNullable(
        LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
  }

  private static Stream<LocalDate> yearDays(int year) {
    return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
  }
}
