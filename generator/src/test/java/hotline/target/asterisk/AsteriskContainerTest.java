package hotline.target.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.target.DockerRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated scripts against a real Asterisk in a container: activate.sh must load every
 * context and endpoint, rollback.sh must remove them. Skipped, with the reason printed, where
 * Docker is not available (as on the machines this project is developed on: this test has not
 * run yet, so treat its container commands as unverified).
 */
@Tag("docker")
class AsteriskContainerTest {
  /** [guess] a tag in the image's documented VERSION_OS-DIST scheme; never pulled here. */
  static final String IMAGE = "andrius/asterisk:22.6.0_debian-trixie";

  @Test
  void activateLoadsEveryObjectAndRollbackRemovesThem(@TempDir Path dir) throws Exception {
    DockerRun.assumeDocker("AsteriskContainerTest");
    Path files = Files.createDirectory(dir.resolve("files"));
    for (Map.Entry<String, String> f : AsteriskRendering.render("guangdong.yaml").entrySet()) {
      Files.writeString(files.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    String script = String.join(" && ",
        "asterisk", // daemonises
        "asterisk -rx 'core waitfullybooted'",
        "sh /hotline/activate.sh",
        "echo '--- rolled back'",
        "sh /hotline/rollback.sh",
        "sh /hotline/precheck.sh");
    String out = DockerRun.run(IMAGE, files, script, dir.resolve("docker.log"));
    String activated = out.substring(0, out.indexOf("--- rolled back"));
    assertThat(activated).contains("hotline-area-guangzhou", "hotline-area-shenzhen", "hotline-area-foshan", "hotline-trunk-guangzhou");
    assertThat(out.substring(out.indexOf("--- rolled back"))).contains("There is no existence of 'hotline-area-guangzhou' context");
  }
}
