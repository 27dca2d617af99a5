package hotline.sut;

import hotline.sip.SipAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The generated Kamailio configuration running as a local process on a free loopback port: checked
 * with {@code kamailio -c} first, started with {@code -DD -E}, ready when it answers SIP OPTIONS,
 * its output kept in {@code kamailio.log} beside the configuration, stopped on {@link #close()}
 * and, failing that, when the JVM exits.
 */
public final class EmbeddedKamailio implements SwitchUnderTest {
  /** How long Kamailio may take to answer its first OPTIONS. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(20);

  private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

  private final Path dir;
  private final SipAddress address;
  private final Process process;
  private final Path log;
  private final KamailioCdrFiles cdrs;

  private EmbeddedKamailio(Path dir, SipAddress address, Process process, Path log) {
    this.dir = dir;
    this.address = address;
    this.process = process;
    this.log = log;
    this.cdrs = new KamailioCdrFiles(dir.resolve("cdr"));
  }

  /**
   * Checks and starts the configuration in {@code dir} (a generated {@code OUT/kamailio/}).
   *
   * @param host the loopback address to listen on; the port is a free ephemeral one
   * @throws SwitchException when the check fails, the process ends, or OPTIONS gets no 200 in time
   */
  public static EmbeddedKamailio start(Path dir, String host) throws SwitchException {
    return start(dir, new SipAddress(host, FreePorts.udp(host)), List.of(), 0);
  }

  /**
   * Checks and starts the configuration in {@code dir} with {@code sharedMemoryMb} of shared
   * memory ({@code kamailio -m}): load runs keep thousands of transactions and dialogs, more than
   * Kamailio's default 64 MB hold at a thousand calls per second.
   *
   * @param sharedMemoryMb 0 for Kamailio's default, else 64-4096
   */
  public static EmbeddedKamailio start(Path dir, String host, int sharedMemoryMb) throws SwitchException {
    return start(dir, new SipAddress(host, FreePorts.udp(host)), List.of(), sharedMemoryMb);
  }

  /**
   * Checks and starts the configuration in {@code dir} on a given address, through a launcher
   * (e.g. {@code ip netns exec NS}, to run it in a network namespace; it must exec Kamailio so
   * that the started process is Kamailio itself).
   *
   * @param sharedMemoryMb 0 for Kamailio's default, else 64-4096
   */
  public static EmbeddedKamailio start(Path dir, SipAddress address, List<String> launcher, int sharedMemoryMb) throws SwitchException {
    if (sharedMemoryMb != 0 && (sharedMemoryMb < 64 || sharedMemoryMb > 4096)) {
      throw new IllegalArgumentException("expected 0 or 64-4096 MB of shared memory, but got " + sharedMemoryMb);
    }
    Path kamailio = KamailioBinary.find("kamailio");
    Path cfg = dir.resolve("kamailio.cfg");
    check(kamailio, cfg);
    Path log = dir.resolve("kamailio.log");
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of(kamailio.toString(), "-f", cfg.toString(), "-DD", "-E", "-A", "LISTEN=udp:" + address));
    if (sharedMemoryMb != 0) {
      command.addAll(List.of("-m", Integer.toString(sharedMemoryMb)));
    }
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new SwitchException("could not start " + kamailio + ": " + e.getMessage(), e);
    }
    ChildProcesses.register(process);
    EmbeddedKamailio k = new EmbeddedKamailio(dir, address, process, log);
    try {
      OptionsProbe.await(address, START_TIMEOUT, process::isAlive);
      ChildProcesses.adoptDescendants(process);
    } catch (SwitchException e) {
      k.close();
      throw new SwitchException(e.getMessage() + "; kamailio log: " + log + tail(log), e);
    }
    return k;
  }

  /** {@code kamailio -c}: the configuration parses and its modules load. */
  static void check(Path kamailio, Path cfg) throws SwitchException {
    ProcessResult r = ProcessResult.run(List.of(kamailio.toString(), "-c", "-f", cfg.toString()), SCRIPT_TIMEOUT);
    if (r.exitCode() != 0) {
      throw new SwitchException("kamailio -c rejected " + cfg + " (exit " + r.exitCode() + "):\n" + r.output());
    }
  }

  @Override
  public SipAddress address() {
    return address;
  }

  @Override
  public String description() {
    return "embedded kamailio at " + address + " (" + dir.resolve("kamailio.cfg") + ")";
  }

  @Override
  public Optional<SwitchControl> control() {
    return Optional.of(
        new SwitchControl() {
          @Override
          public void activate(String requestId) throws SwitchException {
            script("activate.sh", requestId);
          }

          @Override
          public void rollback(String requestId) throws SwitchException {
            script("rollback.sh", requestId);
          }
        });
  }

  @Override
  public Optional<CdrSource> cdrs() {
    return Optional.of(cdrs);
  }

  @Override
  public Optional<Path> log() {
    return Optional.of(log);
  }

  /** Whether the main process still runs (false after a crash or {@link #close()}). */
  @Override
  public boolean isRunning() {
    return process.isAlive();
  }

  /** The process id, for fault-injection tests that kill the switch. */
  public long pid() {
    return process.pid();
  }

  private void script(String name, String requestId) throws SwitchException {
    ProcessResult r = ProcessResult.run(List.of(dir.resolve(name).toString(), requestId), SCRIPT_TIMEOUT);
    if (r.exitCode() != 0) {
      throw new SwitchException(name + " " + requestId + " failed (exit " + r.exitCode() + "):\n" + r.output());
    }
  }

  @Override
  public void close() {
    ChildProcesses.stop(process);
    try {
      process.waitFor(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
