package hotline.sut;

import hotline.sip.SipAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The switch the checks call through: an embedded Kamailio process, a Kamailio container, or an
 * operator's lab switch. Closing it stops whatever the harness started.
 */
public interface SwitchUnderTest extends AutoCloseable {
  /** Where callers send their INVITEs. */
  SipAddress address();

  /** A one-line description for reports: "embedded kamailio 5.6 at 127.0.0.1:40123". */
  String description();

  /** Opening and closing the number on the running switch, when the harness can do it. */
  Optional<SwitchControl> control();

  /** The switch's call records, when the harness can read them. */
  Optional<CdrSource> cdrs();

  /** The switch's log, when the harness keeps one. */
  Optional<Path> log();

  /**
   * Whether the switch still runs: false once a process or container the harness started has
   * ended (crashed or killed). A lab switch is taken to run; its calls time out instead.
   */
  boolean isRunning();

  /** Stops what the harness started; never throws for a switch already stopped. */
  @Override
  void close();
}
