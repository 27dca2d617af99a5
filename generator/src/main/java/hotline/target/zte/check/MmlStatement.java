package hotline.target.zte.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed MML statement: {@code ADD TG RTP:TG=100,OFC=100;} is verb {@code ADD}, object {@code TG
 * RTP} and two parameters; {@code SYN:DATABASE="ALL";} has an empty object.
 *
 * @param file the script it comes from
 * @param line 1-based line
 * @param section the request id of its section, empty in the header
 * @param verb ADD, DEL, SET, SHOW, SYN, or REQUIRE for a {@code // requires} line
 * @param object the object words, space-separated
 * @param params the parameters in written order, values as written (quotes kept)
 */
public record MmlStatement(String file, int line, String section, String verb, String object, Map<String, String> params) {
  public MmlStatement {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(object, "object");
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** The command: verb and object, {@code ADD TG RTP}. */
  public String command() {
    return object.isEmpty() ? verb : verb + " " + object;
  }

  /** A parameter's value without its quotes. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(params.get(name)).map(MmlStatement::unquoted);
  }

  /** A value without surrounding double quotes: {@code "12333"} and {@code 12333} are one value. */
  public static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }

  /** Where the statement is, for messages: {@code activate.mml:12}. */
  public String where() {
    return file + ":" + line;
  }
}
