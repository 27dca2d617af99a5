package hotline.sut;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the {@code kamailio} and {@code kamcmd} programs: {@code PATH}, then the sbin folders. */
public final class KamailioBinary {
  private KamailioBinary() {}

  /** The program, or a message saying how to install it. */
  public static Path find(String name) throws SwitchException {
    return locate(name)
        .orElseThrow(() -> new SwitchException("'" + name + "' was not found on PATH or in /usr/sbin: install Kamailio (Debian: apt-get install kamailio), or bin/test installs it"));
  }

  /** The program, if installed. */
  public static Optional<Path> locate(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
    return dirs.stream().map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
  }
}
