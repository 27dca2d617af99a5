package hotline.sut;

/** The switch could not be started, reached or controlled; the message says what did not happen. */
public final class SwitchException extends Exception {
  private static final long serialVersionUID = 1L;

  public SwitchException(String message) {
    super(message);
  }

  public SwitchException(String message, Throwable cause) {
    super(message, cause);
  }
}
