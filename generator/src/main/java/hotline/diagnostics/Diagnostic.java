package hotline.diagnostics;

import java.util.Objects;

/**
 * One problem found in an input: where, which field, and what was expected.
 *
 * <p>Messages follow the shape "expected <i>constraint</i>, but got '<i>value</i>'".
 *
 * @param position where the problem is
 * @param field the field path inside a request ({@code trunk.count}), or the top-level key
 * @param message what was expected and what was found
 */
public record Diagnostic(SourcePosition position, String field, String message) {
  public Diagnostic {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** The one-line form {@code file:line:col: error: field: message}. */
  public String headline() {
    return position + ": error: " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
