package hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the checkout's fixtures and templates are, for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** The top of the checkout (Surefire passes it as {@code hotline.root}). */
  public static Path root() {
    String root = System.getProperty("hotline.root");
    Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    if (!Files.isDirectory(p.resolve("fixtures"))) {
      throw new IllegalStateException("cannot find the checkout's fixtures/ under " + p);
    }
    return p;
  }

  public static Path fixtures() {
    return root().resolve("fixtures");
  }

  /** The valid request files, by name. */
  public static List<Path> requestFiles() {
    return yamlFiles(fixtures().resolve("requests"));
  }

  /** The YAML files of a folder, sorted. */
  public static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path as tests name it in diagnostics: relative to the checkout, '/'-separated. */
  public static String relative(Path file) {
    return root().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }
}
