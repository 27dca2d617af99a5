package hotline.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of one local activation request that start or stop statutory periods; each is absent
 * until it happens.
 *
 * @param filingNotice the day the operator received the provincial administration's filing notice
 * @param writtenRequest the day the operator received the local bureau's written activation request
 * @param opened the day the operator made the office data and opened the number
 */
public record RequestDates(
    Optional<LocalDate> filingNotice,
    Optional<LocalDate> writtenRequest,
    Optional<LocalDate> opened) {

  /** Checks that no part is null (absent dates are empty optionals). */
  public RequestDates {
    Objects.requireNonNull(filingNotice, "filingNotice");
    Objects.requireNonNull(writtenRequest, "writtenRequest");
    Objects.requireNonNull(opened, "opened");
  }

  /** Returns the day the operator had both documents, when it has both: the later of the two. */
  public Optional<LocalDate> bothDocuments() {
    return filingNotice.flatMap(
        notice -> writtenRequest.map(request -> request.isAfter(notice) ? request : notice));
  }
}
