package hotline.load;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's fixtures, for tests (Surefire passes the top folder as {@code hotline.root}). */
final class Checkout {
  private Checkout() {}

  static Path fixture(String relative) {
    String root = System.getProperty("hotline.root");
    Path top = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    Path p = top.resolve("fixtures").resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("cannot find the fixture " + p);
    }
    return p;
  }
}
