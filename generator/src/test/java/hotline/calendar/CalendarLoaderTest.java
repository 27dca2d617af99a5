package hotline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarLoaderTest {

  @TempDir Path dir;

  @Test
  void theBundledCalendarHas2025And2026WithTheirNotices() {
    List<CalendarYear> years = CalendarLoader.bundled().years();

    assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026);
    assertThat(years.get(0).notice()).contains("国办发明电〔2024〕12号");
    assertThat(years.get(1).notice()).contains("2026年部分节假日安排");
  }

  @Test
  void aUserFileAddsAYear() throws IOException {
    Path file = write("cal-2027.yaml", CalendarYearMissingException.snippet(2027));

    WorkingCalendar calendar = CalendarLoader.load(List.of(file));

    assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027);
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    // 12-28..12-31, then 2027-01-01 off, 01-04..01-08, 01-11
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 10))
        .isEqualTo(LocalDate.of(2027, 1, 11));
  }

  @Test
  void aUserFileReplacesABundledYear() throws IOException {
    Path file =
        write(
            "only-new-year-2026.yaml",
            """
            years:
              - year: 2026
                notice: a test arrangement with New Year's Day only
                holidays:
                  - {name: 元旦, from: 2026-01-01, to: 2026-01-01}
                workdays: []
            """);

    WorkingCalendar calendar = CalendarLoader.load(List.of(file));

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).as("2025 untouched").isFalse();
  }

  @Test
  void aYearInTwoUserFilesIsAnError() throws IOException {
    Path first = write("a.yaml", CalendarYearMissingException.snippet(2027));
    Path second = write("b.yaml", CalendarYearMissingException.snippet(2027));

    assertThatThrownBy(() -> CalendarLoader.load(List.of(first, second)))
        .isInstanceOfSatisfying(
            CalendarFileException.class,
            e ->
                assertThat(e.diagnostics())
                    .map(Diagnostic::toString)
                    .containsExactly(
                        second
                            + ":2:11: error: years[0].year: expected each year in one --calendar"
                            + " file only, but got '2027' also in "
                            + first
                            + ":2"));
  }

  @Test
  void aMissingFileIsReportedLikeTheOtherProblems() {
    Path missing = dir.resolve("missing.yaml");

    assertThatThrownBy(() -> CalendarLoader.load(List.of(missing)))
        .isInstanceOf(CalendarFileException.class)
        .hasMessage(
            missing + ": error: file: expected a readable UTF-8 YAML file, but got 'no such file'");
  }

  @Test
  void theReportShowsTheSourceLineAndACaret() throws IOException {
    Path file =
        write(
            "monday.yaml",
            """
            years:
              - year: 2027
                notice: test
                holidays: [{name: 元旦, from: 2027-01-01, to: 2027-01-01}]
                workdays: [2027-01-04]
            """);

    assertThatThrownBy(() -> CalendarLoader.load(List.of(file)))
        .hasMessage(
            file
                + ":5:16: error: years[0].workdays[0]: expected a Saturday or Sunday made a working"
                + " day, but got '2027-01-04' (MONDAY)\n"
                + "    workdays: [2027-01-04]\n"
                + "               ^");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
