package hotline.timeline;

import hotline.calendar.WorkingCalendar;
import hotline.plan.RequestDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The statutory deadlines of one request's activation step, in process order.
 *
 * @param requestId the request's identifier, not blank
 * @param deadlines one deadline per {@link Step}, in the steps' order
 */
public record Timeline(String requestId, List<Deadline> deadlines) {

  /** Checks the identifier and that there is one deadline per step, in order. */
  public Timeline {
    if (requestId == null || requestId.isBlank()) {
      throw new IllegalArgumentException("expected a request id, but got '" + requestId + "'");
    }
    deadlines = List.copyOf(deadlines);
    List<Step> steps = deadlines.stream().map(Deadline::step).toList();
    if (!steps.equals(List.of(Step.values()))) {
      throw new IllegalArgumentException(
          "expected one deadline per step " + List.of(Step.values()) + ", but got '" + steps + "'");
    }
  }

  /** Returns whether a deadline of the timeline was missed: done late, or overdue. */
  public boolean missed() {
    return deadlines.stream().anyMatch(d -> d.status() == Status.LATE || d.status() == Status.OVERDUE);
  }

  /**
   * Computes the deadlines of a request as they stand on {@code today}.
   *
   * @throws hotline.calendar.CalendarYearMissingException if a period reaches a year the calendar
   *     lacks
   */
  public static Timeline of(
      String requestId, RequestDates dates, LocalDate today, WorkingCalendar calendar) {
    return new Timeline(
        requestId,
        List.of(openNumber(dates, today, calendar), reportActivation(dates, today, calendar)));
  }

  private static Deadline openNumber(
      RequestDates dates, LocalDate today, WorkingCalendar calendar) {
    Optional<LocalDate> from = dates.bothDocuments();
    if (from.isEmpty()) {
      return notStarted(Step.OPEN_NUMBER, Status.WAITING);
    }
    LocalDate due = calendar.addWorkingDays(from.get(), Step.OPEN_NUMBER.workingDays());
    if (dates.opened().isPresent()) {
      Status status = dates.opened().get().isAfter(due) ? Status.LATE : Status.MET;
      return new Deadline(Step.OPEN_NUMBER, from, Optional.of(due), status, OptionalInt.empty());
    }
    return running(Step.OPEN_NUMBER, from.get(), due, today, calendar);
  }

  private static Deadline reportActivation(
      RequestDates dates, LocalDate today, WorkingCalendar calendar) {
    if (dates.opened().isEmpty()) {
      return notStarted(Step.REPORT_ACTIVATION, Status.PENDING);
    }
    LocalDate from = dates.opened().get();
    LocalDate due = calendar.addWorkingDays(from, Step.REPORT_ACTIVATION.workingDays());
    return running(Step.REPORT_ACTIVATION, from, due, today, calendar);
  }

  /** Returns a deadline whose step is not known to be done: due or overdue relative to today. */
  private static Deadline running(
      Step step, LocalDate from, LocalDate due, LocalDate today, WorkingCalendar calendar) {
    if (today.isAfter(due)) {
      return new Deadline(
          step, Optional.of(from), Optional.of(due), Status.OVERDUE, OptionalInt.empty());
    }
    return new Deadline(
        step,
        Optional.of(from),
        Optional.of(due),
        Status.DUE,
        OptionalInt.of(calendar.workingDaysBetween(today, due)));
  }

  private static Deadline notStarted(Step step, Status status) {
    return new Deadline(step, Optional.empty(), Optional.empty(), status, OptionalInt.empty());
  }
}
