package hotline.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * For the tests that run a target's scripts against the real switch in a container: skip, saying
 * why, where Docker is not available; run a container to its end, bounded in time.
 */
public final class DockerRun {
  private static final long LIMIT_MINUTES = 5;

  private DockerRun() {}

  /** Skips the calling test, printing the reason, unless {@code docker info} answers. */
  public static void assumeDocker(String test) {
    Optional<String> missing = dockerMissing();
    missing.ifPresent(reason -> System.out.println(test + " skipped: " + reason));
    Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
  }

  /**
   * Runs {@code docker run --rm -v files:/hotline:ro --entrypoint sh IMAGE -c script} and returns
   * its output (also kept in {@code log}); fails when it exits non-zero or outlives the limit.
   */
  public static String run(String image, Path files, String script, Path log) throws IOException, InterruptedException {
    List<String> command = List.of("docker", "run", "--rm", "-v", files + ":/hotline:ro", "--entrypoint", "sh", image, "-c", script);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the container " + image + " did not finish within " + LIMIT_MINUTES + " minutes");
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("docker run exit code; output:%n%s", out).isZero();
    return out;
  }

  /** Why Docker cannot be used here, or empty when {@code docker info} answers. */
  private static Optional<String> dockerMissing() {
    try {
      Process p = new ProcessBuilder("docker", "info").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of("Docker is not available: `docker info` did not answer within 30 s");
      }
      return p.exitValue() == 0 ? Optional.empty() : Optional.of("Docker is not available: `docker info` exited with " + p.exitValue());
    } catch (IOException e) {
      return Optional.of("Docker is not available: no docker command (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("Docker is not available: interrupted while asking `docker info`");
    }
  }
}
