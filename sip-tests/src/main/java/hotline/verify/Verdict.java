package hotline.verify;

/** The result of a check or a call against its expectation. */
public enum Verdict {
  PASSED("passed"),
  FAILED("failed"),
  /** The check could not run here (say why in its summary), e.g. no CDR access on a lab switch. */
  NOT_RUN("not-run");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
