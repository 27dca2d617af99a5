package hotline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.calendar.CalendarLoader;
import hotline.calendar.CalendarYearMissingException;
import hotline.calendar.WorkingCalendar;
import hotline.plan.RequestDates;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Both documents are in hand on Friday 2026-09-25 (中秋节): the number is due open on 2026-10-15, the
 * 10th working day after, past National Day and the adjusted Saturday 2026-10-10.
 */
class TimelineTest {

  private static final LocalDate NOTICE = LocalDate.of(2026, 9, 22);
  private static final LocalDate REQUEST = LocalDate.of(2026, 9, 25);
  private static final LocalDate OPEN_DUE = LocalDate.of(2026, 10, 15);

  private final WorkingCalendar calendar = CalendarLoader.bundled();

  @Test
  void openedOnTheDueDateIsMet() {
    Deadline open = openNumber(opened(OPEN_DUE), LocalDate.of(2026, 11, 2));

    assertThat(open)
        .isEqualTo(
            new Deadline(
                Step.OPEN_NUMBER,
                Optional.of(REQUEST),
                Optional.of(OPEN_DUE),
                Status.MET,
                OptionalInt.empty()));
  }

  @Test
  void openedAfterTheDueDateIsLate() {
    assertThat(openNumber(opened(OPEN_DUE.plusDays(1)), LocalDate.of(2026, 11, 2)).status())
        .isEqualTo(Status.LATE);
  }

  @Test
  void notOpenedBeforeTheDueDateIsDueWithTheWorkingDaysLeft() {
    // after 10-09: 10-10 (adjusted Saturday), 10-12, 10-13, 10-14, 10-15
    Deadline open = openNumber(notOpened(), LocalDate.of(2026, 10, 9));

    assertThat(open.status()).isEqualTo(Status.DUE);
    assertThat(open.due()).contains(OPEN_DUE);
    assertThat(open.remainingWorkingDays()).hasValue(5);
  }

  @Test
  void notOpenedOnTheDueDateIsDueWithNoWorkingDayLeft() {
    assertThat(openNumber(notOpened(), OPEN_DUE).remainingWorkingDays()).hasValue(0);
  }

  @Test
  void notOpenedAfterTheDueDateIsOverdue() {
    Deadline open = openNumber(notOpened(), OPEN_DUE.plusDays(1));

    assertThat(open.status()).isEqualTo(Status.OVERDUE);
    assertThat(open.remainingWorkingDays()).isEmpty();
  }

  @Test
  void aMissingDocumentMeansWaiting() {
    RequestDates noNotice =
        new RequestDates(Optional.empty(), Optional.of(REQUEST), Optional.empty());
    RequestDates noRequest =
        new RequestDates(Optional.of(NOTICE), Optional.empty(), Optional.empty());

    for (RequestDates dates : new RequestDates[] {noNotice, noRequest}) {
      Deadline open = openNumber(dates, LocalDate.of(2026, 10, 9));
      assertThat(open.status()).isEqualTo(Status.WAITING);
      assertThat(open.from()).isEmpty();
      assertThat(open.due()).isEmpty();
    }
  }

  @Test
  void theOpeningPeriodStartsFromTheLaterDocumentWhicheverItIs() {
    RequestDates noticeLast =
        new RequestDates(Optional.of(REQUEST), Optional.of(NOTICE), Optional.empty());

    assertThat(openNumber(noticeLast, LocalDate.of(2026, 10, 9)).from()).contains(REQUEST);
  }

  @Test
  void theReportIsPendingUntilTheNumberIsOpened() {
    Deadline report = reportActivation(notOpened(), LocalDate.of(2026, 10, 9));

    assertThat(report.status()).isEqualTo(Status.PENDING);
    assertThat(report.due()).isEmpty();
  }

  @Test
  void theReportIsDueFiveWorkingDaysAfterOpeningCountingTheAdjustedSaturday() {
    // opened Monday 9-28: 9-29, 9-30, [10-01..10-07 off], 10-08, 10-09, 10-10 (adjusted Saturday)
    Deadline report =
        reportActivation(opened(LocalDate.of(2026, 9, 28)), LocalDate.of(2026, 10, 8));

    assertThat(report.from()).contains(LocalDate.of(2026, 9, 28));
    assertThat(report.due()).contains(LocalDate.of(2026, 10, 10));
    assertThat(report.status()).isEqualTo(Status.DUE);
    assertThat(report.remainingWorkingDays()).hasValue(2);
  }

  @Test
  void theReportIsOverdueAfterItsDueDate() {
    Deadline report =
        reportActivation(opened(LocalDate.of(2026, 9, 28)), LocalDate.of(2026, 10, 11));

    assertThat(report.status()).isEqualTo(Status.OVERDUE);
  }

  @Test
  void aPeriodReachingAMissingYearFails() {
    RequestDates december =
        new RequestDates(
            Optional.of(LocalDate.of(2026, 12, 24)),
            Optional.of(LocalDate.of(2026, 12, 25)),
            Optional.empty());

    assertThatThrownBy(() -> Timeline.of("SZ-0755", december, LocalDate.of(2026, 12, 28), calendar))
        .isInstanceOf(CalendarYearMissingException.class)
        .hasMessageStartingWith("no working-day calendar for 2027");
  }

  @Test
  void aDeadlineRejectsAStatusThatDisagreesWithItsDates() {
    assertThatThrownBy(
            () ->
                new Deadline(
                    Step.OPEN_NUMBER,
                    Optional.of(REQUEST),
                    Optional.of(OPEN_DUE),
                    Status.DUE,
                    OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Deadline(
                    Step.OPEN_NUMBER,
                    Optional.empty(),
                    Optional.empty(),
                    Status.OVERDUE,
                    OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Deadline openNumber(RequestDates dates, LocalDate today) {
    return Timeline.of("GZ-020", dates, today, calendar).deadlines().get(0);
  }

  private Deadline reportActivation(RequestDates dates, LocalDate today) {
    return Timeline.of("GZ-020", dates, today, calendar).deadlines().get(1);
  }

  private static RequestDates opened(LocalDate opened) {
    return new RequestDates(Optional.of(NOTICE), Optional.of(REQUEST), Optional.of(opened));
  }

  private static RequestDates notOpened() {
    return new RequestDates(Optional.of(NOTICE), Optional.of(REQUEST), Optional.empty());
  }
}
