package hotline.target.freeswitch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated scripts against a real FreeSWITCH in a container: activate.sh must start
 * every gateway, rollback.sh must remove them. Skipped, with the reason printed, where
 * Docker is not available (as on the machines this project is developed on: this test has not
 * run yet, so treat its container commands as unverified).
 */
@Tag("docker")
class FreeswitchContainerTest {
  /** [guess] a community image with the stock configuration in /etc/freeswitch; never pulled here. */
  static final String IMAGE = "safarov/freeswitch:1.10.12";

  private static final long LIMIT_MINUTES = 5;

  @Test
  void activateLoadsEveryObjectAndRollbackRemovesThem(@TempDir Path dir) throws Exception {
    Optional<String> missing = dockerMissing();
    missing.ifPresent(reason -> System.out.println("FreeswitchContainerTest skipped: " + reason));
    Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
    Path files = Files.createDirectory(dir.resolve("files"));
    for (Map.Entry<String, String> f : FreeswitchRendering.render("guangdong.yaml").entrySet()) {
      Path target = files.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
    }
    String script = String.join(" && ",
        "freeswitch -nonat -ncwait", // backgrounds once the switch is ready
        "sh /hotline/activate.sh",
        "echo '--- rolled back'",
        "sh /hotline/rollback.sh",
        "sh /hotline/precheck.sh");
    String out = run(List.of("docker", "run", "--rm", "-v", files + ":/hotline:ro", "--entrypoint", "sh", IMAGE, "-c", script), dir.resolve("docker.log"));
    String activated = out.substring(0, out.indexOf("--- rolled back"));
    assertThat(activated).contains("hotline-trunk-guangzhou", "hotline-trunk-shenzhen", "hotline-trunk-foshan").doesNotContain("Invalid Gateway!");
    assertThat(out.substring(out.indexOf("--- rolled back"))).contains("Invalid Gateway!", "(no extension hotline-area-guangzhou)");
  }

  private static String run(List<String> command, Path log) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the FreeSWITCH container did not finish within " + LIMIT_MINUTES + " minutes");
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
