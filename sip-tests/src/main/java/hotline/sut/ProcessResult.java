package hotline.sut;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A short command run to its end, bounded in time, with its output.
 *
 * @param exitCode the exit code; -1 when it had to be stopped
 * @param output stdout and stderr together
 */
public record ProcessResult(int exitCode, String output) {
  /** Runs a command; stops it (and its children) when it outlives the timeout. */
  public static ProcessResult run(List<String> command, Duration timeout) {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new ProcessResult(-1, "could not run " + command.get(0) + ": " + e.getMessage());
    }
    ChildProcesses.register(p);
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        ChildProcesses.stop(p);
        return new ProcessResult(-1, command.get(0) + " did not finish within " + timeout.toSeconds() + " s\n" + out.getNow(""));
      }
      ChildProcesses.stop(p);
      return new ProcessResult(p.exitValue(), out.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (Exception e) {
      ChildProcesses.stop(p);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new ProcessResult(-1, command.get(0) + ": " + e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
