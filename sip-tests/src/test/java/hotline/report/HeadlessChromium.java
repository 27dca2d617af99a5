package hotline.report;

import static org.assertj.core.api.Assertions.fail;

import hotline.sut.ChildProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium with the network off (every host name unresolvable, a dead proxy, no
 * background traffic) and a fresh profile, for opening the report the way a bureau would, offline.
 * Every Chromium started is stopped before a call returns, also on failure.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Path profile;

  /** What one run printed: the page's DOM (for --dump-dom) and Chromium's log. */
  record Output(String stdout, String stderr) {
    /** The page's console messages (Chromium logs them as "CONSOLE" lines with --enable-logging). */
    List<String> console() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  HeadlessChromium(Path profile) {
    if (!Files.isExecutable(BINARY)) {
      fail(BINARY + " is missing: run bin/test, which installs Chromium (Debian package chromium), or apt-get install chromium");
    }
    this.profile = profile;
  }

  /** Loads {@code page} and returns the DOM after its scripts ran, with the console log. */
  Output dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** Loads {@code page} and saves what a window of {@code width}×{@code height} shows. */
  Output screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(List.of("--window-size=" + width + "," + height, "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
  }

  private Output run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--user-data-dir=" + profile,
        "--enable-logging=stderr", "--v=0"));
    command.addAll(args);
    Path stdout = Files.createTempFile(profile.getParent(), "chromium-", ".out");
    Path stderr = Files.createTempFile(profile.getParent(), "chromium-", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    ChildProcesses.register(p);
    try {
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("Chromium did not finish within " + TIMEOUT.toSeconds() + " s: " + String.join(" ", args) + "\n" + Files.readString(stderr));
      }
      if (p.exitValue() != 0) {
        fail("Chromium exited with " + p.exitValue() + ": " + String.join(" ", args) + "\n" + Files.readString(stderr));
      }
      return new Output(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      ChildProcesses.stop(p);
    }
  }
}
