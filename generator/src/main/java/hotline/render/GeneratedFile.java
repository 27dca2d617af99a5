package hotline.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file a target produces, before it is written.
 *
 * @param path relative path inside the output folder, '/'-separated, no '..'
 * @param content the file's text (written as UTF-8)
 * @param executable whether the file is a script to run
 */
public record GeneratedFile(String path, String content, boolean executable) {
  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
        || java.util.Arrays.asList(path.split("/")).contains("..") || java.util.Arrays.asList(path.split("/")).contains(".")) {
      throw new IllegalArgumentException("expected a relative path without '..', but got '" + path + "'");
    }
  }

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
