package hotline.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The generator's version, written into every generated file's header. */
public final class Version {
  private static final String CURRENT = load();

  private Version() {}

  /** The project version the build stamped into the resources: {@code 0.1.0-SNAPSHOT}. */
  public static String current() {
    return CURRENT;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/hotline/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("hotline/version.properties is missing from the build");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
