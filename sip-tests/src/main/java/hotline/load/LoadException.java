package hotline.load;

/** A load trial could not run (an engine would not start, a run did not end in time). */
public final class LoadException extends Exception {
  private static final long serialVersionUID = 1L;

  public LoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
