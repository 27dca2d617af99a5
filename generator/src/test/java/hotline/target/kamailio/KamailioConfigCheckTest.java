package hotline.target.kamailio;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import hotline.render.GenerateSettings;
import hotline.render.Generator;
import hotline.render.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Kamailio's own check, {@code kamailio -c}, accepts the configuration generated for every fixture. */
@Tag("kamailio")
class KamailioConfigCheckTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> kamailioAcceptsEveryGeneratedConfig() {
    List<Path> inputs = new ArrayList<>(Fixtures.requestFiles());
    inputs.add(Fixtures.fixtures().resolve("national.yaml"));
    return inputs.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path requestFile) throws Exception {
    Path out = temp.resolve(requestFile.getFileName().toString().replace(".yaml", ""));
    new Generator(Targets.installed()).generate(new GenerateSettings(List.of(requestFile), List.of("kamailio"), out, Optional.empty(), 100));
    Path cfg = out.resolve("kamailio/kamailio.cfg");
    Process p = new ProcessBuilder(kamailio(), "-c", "-f", cfg.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kamailio -c finished").isTrue();
    assertThat(p.exitValue()).as("kamailio -c %s:%n%s", cfg, output).isZero();
    assertThat(output).contains("config file ok");
  }

  /** The installed kamailio; the test fails (never skips) without it: bin/test installs it. */
  static String kamailio() throws IOException {
    for (String dir : List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin")) {
      Path p = Path.of(dir, "kamailio");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new IOException("kamailio is not installed: run bin/test, which installs it (apt-get install kamailio)");
  }
}
