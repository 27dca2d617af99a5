package hotline.target.freeswitch;

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
 * Runs the generated scripts against a real FreeSWITCH in a container: activate.sh must start
 * every gateway, rollback.sh must remove them. Skipped, with the reason printed, where
 * Docker is not available (as on the machines this project is developed on: this test has not
 * run yet, so treat its container commands as unverified).
 */
@Tag("docker")
class FreeswitchContainerTest {
  /** [guess] a community image with the stock configuration in /etc/freeswitch; never pulled here. */
  static final String IMAGE = "safarov/freeswitch:1.10.12";

  @Test
  void activateLoadsEveryObjectAndRollbackRemovesThem(@TempDir Path dir) throws Exception {
    DockerRun.assumeDocker("FreeswitchContainerTest");
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
    String out = DockerRun.run(IMAGE, files, script, dir.resolve("docker.log"));
    String activated = out.substring(0, out.indexOf("--- rolled back"));
    assertThat(activated).contains("hotline-trunk-guangzhou", "hotline-trunk-shenzhen", "hotline-trunk-foshan").doesNotContain("Invalid Gateway!");
    assertThat(out.substring(out.indexOf("--- rolled back"))).contains("Invalid Gateway!", "(no extension hotline-area-guangzhou)");
  }
}
