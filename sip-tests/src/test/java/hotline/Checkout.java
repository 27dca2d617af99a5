package hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The checkout's fixtures for the harness tests (Surefire passes the top as {@code hotline.root}). */
public final class Checkout {
  private Checkout() {}

  public static Path root() {
    String root = System.getProperty("hotline.root");
    Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    if (!Files.isDirectory(p.resolve("fixtures"))) {
      throw new IllegalStateException("cannot find the checkout's fixtures/ under " + p);
    }
    return p;
  }

  /** The valid request files, sorted. */
  public static List<Path> requestFiles() {
    try (Stream<Path> s = Files.list(root().resolve("fixtures/requests"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture file; a missing one fails the test at once, naming the path. */
  public static Path fixture(String relative) {
    Path p = root().resolve("fixtures").resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("cannot find the fixture " + p);
    }
    return p;
  }
}
