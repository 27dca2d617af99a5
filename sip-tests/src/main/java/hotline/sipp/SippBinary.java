package hotline.sipp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the {@code sipp} program on {@code PATH} or in the usual bin folders. */
public final class SippBinary {
  private SippBinary() {}

  /**
   * The program.
   *
   * @throws SippException saying how to install it
   */
  public static Path find() throws SippException {
    return locate().orElseThrow(() -> new SippException("'sipp' was not found on PATH or in /usr/bin: install SIPp (Debian: apt-get install sip-tester), or bin/test installs it"));
  }

  /** The program, if installed. */
  public static Optional<Path> locate() {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(List.of("/usr/bin", "/usr/local/bin"));
    return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "sipp")).filter(Files::isExecutable).findFirst();
  }
}
