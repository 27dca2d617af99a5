package hotline.sip;

/** An awaited SIP event did not happen within its bounded wait; the message says which. */
public final class AwaitTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AwaitTimeoutException(String whatDidNotHappen) {
    super(whatDidNotHappen);
  }
}
