package hotline.sut;

import hotline.sip.SipAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An operator's lab switch at a fixed address. The harness only calls through it: it cannot run
 * scripts on it or read its call records, so the rollback and charging checks report "not run".
 */
public final class ExternalSwitch implements SwitchUnderTest {
  /** How long a lab switch may take to answer OPTIONS before verify gives up. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final SipAddress address;

  private ExternalSwitch(SipAddress address) {
    this.address = address;
  }

  /**
   * Checks that the switch answers SIP OPTIONS.
   *
   * @throws SwitchException naming the address when it does not answer within {@link
   *     #CONNECT_TIMEOUT}
   */
  public static ExternalSwitch reach(SipAddress address) throws SwitchException {
    OptionsProbe.await(address, CONNECT_TIMEOUT, () -> true);
    return new ExternalSwitch(address);
  }

  @Override
  public SipAddress address() {
    return address;
  }

  @Override
  public String description() {
    return "external switch at udp:" + address;
  }

  @Override
  public Optional<SwitchControl> control() {
    return Optional.empty();
  }

  @Override
  public Optional<CdrSource> cdrs() {
    return Optional.empty();
  }

  @Override
  public Optional<Path> log() {
    return Optional.empty();
  }

  @Override
  public boolean isRunning() {
    return true;
  }

  @Override
  public void close() {
    // nothing was started
  }
}
