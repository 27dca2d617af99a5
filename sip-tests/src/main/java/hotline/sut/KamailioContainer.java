package hotline.sut;

import hotline.sip.SipAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The generated Kamailio configuration in a Kamailio container (Testcontainers). UDP ports cannot
 * be mapped (testcontainers-java #554), so the container shares the host's network and listens on
 * a free loopback port; the generated folder is mounted at the same absolute path, where its
 * {@code paths.cfg} says it is. Ready when it answers SIP OPTIONS.
 */
public final class KamailioContainer implements SwitchUnderTest {
  /** The one pinned image (Kamailio 5.6 on Debian, as the apt package the embedded switch uses). */
  public static final DockerImageName IMAGE = DockerImageName.parse("ghcr.io/kamailio/kamailio:5.6.3-bookworm");

  private final GenericContainer<?> container;
  private final SipAddress address;
  private final Path dir;

  private KamailioContainer(GenericContainer<?> container, SipAddress address, Path dir) {
    this.container = container;
    this.address = address;
    this.dir = dir;
  }

  /** Whether a Docker engine answers here. */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Starts the configuration in {@code dir} in a container.
   *
   * @throws SwitchException when there is no Docker engine, the container does not start, or it
   *     does not answer OPTIONS in time
   */
  public static KamailioContainer start(Path dir) throws SwitchException {
    if (!dockerAvailable()) {
      throw new SwitchException("--sut container needs a Docker engine, and none answers here (is the Docker daemon running?)");
    }
    SipAddress address = new SipAddress("127.0.0.1", FreePorts.udp("127.0.0.1"));
    String abs = dir.toAbsolutePath().toString();
    GenericContainer<?> c =
        new GenericContainer<>(IMAGE)
            .withNetworkMode("host")
            .withFileSystemBind(abs, abs, BindMode.READ_WRITE)
            .withCommand("kamailio", "-f", abs + "/kamailio.cfg", "-DD", "-E", "-A", "LISTEN=udp:" + address)
            .withStartupTimeout(Duration.ofSeconds(60));
    try {
      c.start();
    } catch (RuntimeException e) {
      throw new SwitchException("the Kamailio container (" + IMAGE + ") did not start: " + e.getMessage(), e);
    }
    KamailioContainer k = new KamailioContainer(c, address, dir);
    try {
      OptionsProbe.await(address, EmbeddedKamailio.START_TIMEOUT, c::isRunning);
    } catch (SwitchException e) {
      String logs = c.getLogs();
      k.close();
      throw new SwitchException(e.getMessage() + "; container log:\n" + logs, e);
    }
    return k;
  }

  @Override
  public SipAddress address() {
    return address;
  }

  @Override
  public String description() {
    return "kamailio container " + IMAGE + " at " + address;
  }

  @Override
  public Optional<SwitchControl> control() {
    return Optional.of(
        new SwitchControl() {
          @Override
          public void activate(String requestId) throws SwitchException {
            exec("activate.sh", requestId);
          }

          @Override
          public void rollback(String requestId) throws SwitchException {
            exec("rollback.sh", requestId);
          }
        });
  }

  private void exec(String script, String requestId) throws SwitchException {
    try {
      Container.ExecResult r = container.execInContainer(dir.toAbsolutePath().resolve(script).toString(), requestId);
      if (r.getExitCode() != 0) {
        throw new SwitchException(script + " " + requestId + " failed in the container (exit " + r.getExitCode() + "):\n" + r.getStdout() + r.getStderr());
      }
    } catch (java.io.IOException e) {
      throw new SwitchException("could not run " + script + " in the container: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SwitchException("interrupted while running " + script, e);
    }
  }

  @Override
  public Optional<CdrSource> cdrs() {
    return Optional.of(new KamailioCdrFiles(dir.resolve("cdr")));
  }

  @Override
  public Optional<Path> log() {
    return Optional.empty();
  }

  @Override
  public boolean isRunning() {
    return container.isRunning();
  }

  @Override
  public void close() {
    container.stop();
  }
}
