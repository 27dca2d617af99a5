package hotline.load;

import hotline.sip.SipAddress;
import java.nio.file.Path;
import java.time.Duration;

/** Places load through the switch with one engine. */
public interface LoadEngine {
  Engine engine();

  /**
   * Places {@code rate} calls per second for {@code window}, spread over the mix's areas, and
   * returns once every call has ended.
   *
   * @param switchAddress where the callers send their INVITEs
   * @param dir a fresh folder for the trial's files
   */
  LoadResult run(SipAddress switchAddress, int rate, Duration window, int holdMs, Path dir, LoadProgress progress) throws LoadException, InterruptedException;
}
