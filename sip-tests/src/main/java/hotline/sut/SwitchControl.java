package hotline.sut;

/** Runs a target's activate and rollback scripts against the running switch. */
public interface SwitchControl {
  /** Opens the service for a request (its activate script); throws when the script fails. */
  void activate(String requestId) throws SwitchException;

  /** Closes the service for a request (its rollback script); throws when the script fails. */
  void rollback(String requestId) throws SwitchException;
}
