package hotline.sipp;

/** SIPp could not be found, started, or did not finish its run in time. */
public final class SippException extends Exception {
  private static final long serialVersionUID = 1L;

  public SippException(String message) {
    super(message);
  }

  public SippException(String message, Throwable cause) {
    super(message, cause);
  }
}
