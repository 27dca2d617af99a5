package hotline.timeline;

/** Where a statutory period stands on the reference day. */
public enum Status {
  /** Done on or before the due date. */
  MET,
  /** Done after the due date. */
  LATE,
  /** Not done (or not known to be done), and the due date is today or later. */
  DUE,
  /** Not done (or not known to be done), and the due date has passed. */
  OVERDUE,
  /** The period has not started: the filing notice or the written request is missing. */
  WAITING,
  /** The period has not started: the number is not opened yet. */
  PENDING;

  /** Returns whether the period has started, so that it has a start and a due date. */
  public boolean started() {
    return this != WAITING && this != PENDING;
  }
}
