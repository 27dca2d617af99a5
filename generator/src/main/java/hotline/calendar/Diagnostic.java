package hotline.calendar;

import java.util.Objects;

/**
 * One problem in a calendar file, located compiler style.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when the problem concerns the whole file
 * @param field the path of the offending field, such as {@code years[0].workdays[2]}
 * @param message what was expected and what was found: "expected ..., but got '...'"
 */
public record Diagnostic(String file, int line, int column, String field, String message) {

  /** Checks that every part is present and the position is 1-based or 0 for the whole file. */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException(
          "expected a 1-based position or 0:0, but got '" + line + ":" + column + "'");
    }
  }

  /** Returns {@code file:line:col: error: field: message}, or {@code file: error: ...} at 0:0. */
  @Override
  public String toString() {
    String where = line == 0 ? file : file + ":" + line + ":" + column;
    return where + ": error: " + field + ": " + message;
  }
}
