package hotline.sut;

import java.time.Duration;
import java.util.List;

/** Reads the switch's call records. */
public interface CdrSource {
  /** Every record of a call so far, oldest first. */
  List<CdrRecord> records(String callId);

  /**
   * Waits until a record of the call with a final status arrives.
   *
   * @throws SwitchException naming the Call-ID when none arrives in time
   */
  CdrRecord awaitRecord(String callId, Duration timeout) throws SwitchException;
}
