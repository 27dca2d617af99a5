package hotline.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of a request's activation step, as far as they are known.
 *
 * @param filingNotice when the operator received the filing notice (备案通知)
 * @param writtenRequest when the operator received the bureau's written activation request
 * @param opened when the number was opened
 */
public record RequestDates(Optional<LocalDate> filingNotice, Optional<LocalDate> writtenRequest, Optional<LocalDate> opened) {
  public RequestDates {
    Objects.requireNonNull(filingNotice, "filingNotice");
    Objects.requireNonNull(writtenRequest, "writtenRequest");
    Objects.requireNonNull(opened, "opened");
  }

  /** Returns the day the operator had both documents, when it has both: the later of the two. */
  public Optional<LocalDate> bothDocuments() {
    return filingNotice.flatMap(notice -> writtenRequest.map(request -> request.isAfter(notice) ? request : notice));
  }

  /** No dates known. */
  public static RequestDates none() {
    return new RequestDates(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
