package hotline.sipp;

import hotline.sut.ChildProcesses;
import hotline.sut.FreePorts;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code sipp}, started in its own folder (where its trace files land), registered
 * with {@link ChildProcesses}, watched for CPU, and stopped the way SIPp likes: "q" on its UDP
 * control port (no new calls, wait for the current ones, write the final statistics), then "Q"
 * (abort the current calls), then SIGTERM/SIGKILL.
 */
public final class SippProcess implements AutoCloseable {
  /** The file SIPp's standard output and error go to, in its folder. */
  public static final String OUTPUT = "sipp.out";

  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration QUIT_GRACE = Duration.ofSeconds(3);

  private final String role;
  private final Path dir;
  private final Process process;
  private final int controlPort;
  private final List<String> command;
  private final CpuWatch cpu;

  private SippProcess(String role, Path dir, Process process, int controlPort, List<String> command) {
    this.role = role;
    this.dir = dir;
    this.process = process;
    this.controlPort = controlPort;
    this.command = List.copyOf(command);
    this.cpu = CpuWatch.of(process.pid(), 500);
  }

  /**
   * Starts {@code sipp ARGS -cp PORT -nostdin} in {@code dir}.
   *
   * @param role names the process in messages ("caller guangzhou", "call center")
   */
  public static SippProcess start(String role, Path dir, List<String> args) throws SippException {
    Path sipp = SippBinary.find();
    int controlPort = FreePorts.udp(LOOPBACK);
    List<String> command = new ArrayList<>();
    command.add(sipp.toString());
    command.addAll(args);
    command.addAll(List.of("-cp", Integer.toString(controlPort), "-nostdin"));
    Process process;
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("command.txt"), String.join(" ", command) + "\n", StandardCharsets.UTF_8);
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(OUTPUT).toFile()).start();
    } catch (IOException e) {
      throw new SippException("could not start sipp (" + role + ") in " + dir + ": " + e.getMessage(), e);
    }
    ChildProcesses.register(process);
    return new SippProcess(role, dir, process, controlPort, command);
  }

  /** The folder the process runs in. */
  public Path dir() {
    return dir;
  }

  public String role() {
    return role;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The command line, for reports. */
  public List<String> command() {
    return command;
  }

  /** Waits for the process to end by itself; true when it did within {@code timeout}. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The exit code (SIPp: 0 all calls passed, 1 some failed, 97/99 aborted, 255 fatal). */
  public int exitCode() {
    return process.exitValue();
  }

  /** CPU use so far. */
  public CpuWatch.CpuReport cpu() {
    return cpu.report();
  }

  /**
   * Ends the run: "q" (finish current calls), after a grace period "Q" (abort them), then
   * SIGTERM and SIGKILL. Returns once the process is gone.
   */
  public void quit() throws InterruptedException {
    if (process.isAlive()) {
      control("q");
      if (!process.waitFor(QUIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        control("Q");
        process.waitFor(QUIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
    close();
  }

  /** Stops the process at once if it still runs (SIGTERM, then SIGKILL) and the CPU watch. */
  @Override
  public void close() {
    cpu.close();
    ChildProcesses.stop(process);
  }

  /** SIPp's last words: the tail of its standard output, for error messages. */
  public String outputTail() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(OUTPUT), StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private void control(String key) {
    byte[] data = key.getBytes(StandardCharsets.US_ASCII);
    try (DatagramSocket s = new DatagramSocket()) {
      s.send(new DatagramPacket(data, data.length, InetAddress.getByName(LOOPBACK), controlPort));
    } catch (IOException e) {
      // SIPp no longer listens: it is exiting anyway; close() makes sure
    }
  }
}
