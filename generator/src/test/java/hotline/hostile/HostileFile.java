package hotline.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * One file of {@code fixtures/hostile/} and what its header comments announce:
 *
 * <pre>
 * # hostile: what the input tries
 * # rejects: trunk.gateway      (a field a diagnostic must name; "(file)": a diagnostic without a field;
 *                               in double quotes: YAML escapes, "\ufeffservice")
 * # accepts: why the value is legal and how it comes out
 * # absent: text                (in YAML double-quoted notation: must be in no generated file)
 * # present: text               (must be in the generated plan)
 * </pre>
 *
 * The header is read as Latin-1, so files that are not valid UTF-8 can carry it too; a leading
 * byte-order mark is skipped.
 */
record HostileFile(Path path, String what, List<String> rejects, Optional<String> accepts, List<String> absent, List<String> present) {
  /** The field of a whole-file diagnostic (encoding, size, YAML structure): it names no field. */
  static final String WHOLE_FILE = "(file)";

  static HostileFile read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3);
    }
    String what = "";
    List<String> rejects = new ArrayList<>();
    Optional<String> accepts = Optional.empty();
    List<String> absent = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n")) {
      if (!line.startsWith("# ")) {
        break;
      }
      String utf8 = new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      if (utf8.startsWith("# hostile: ")) {
        what = utf8.substring("# hostile: ".length());
      } else if (utf8.startsWith("# rejects: ")) {
        String field = utf8.substring("# rejects: ".length());
        rejects.add(field.startsWith("\"") && field.endsWith("\"") ? unescape(field.substring(1, field.length() - 1)) : field);
      } else if (utf8.startsWith("# accepts: ")) {
        accepts = Optional.of(utf8.substring("# accepts: ".length()));
      } else if (utf8.startsWith("# absent: ")) {
        absent.add(unescape(utf8.substring("# absent: ".length())));
      } else if (utf8.startsWith("# present: ")) {
        present.add(unescape(utf8.substring("# present: ".length())));
      }
    }
    if (what.isEmpty() || rejects.isEmpty() == accepts.isEmpty()) {
      throw new IllegalStateException(path + ": expected '# hostile:' and either '# rejects:' or '# accepts:' at the top");
    }
    return new HostileFile(path, what, rejects, accepts, absent, present);
  }

  /** The inside of a YAML double-quoted scalar as the text it stands for ({@code \n} is a line break). */
  static String unescape(String doubleQuoted) {
    return new Yaml().load("\"" + doubleQuoted + "\"");
  }
}
