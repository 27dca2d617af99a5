package hotline.diagnostics;

import java.util.List;

/** Thrown when an input has problems; carries every problem found, in file order. */
public final class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public InvalidInputException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public InvalidInputException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    return diagnostics.isEmpty() ? "" : diagnostics.get(0).headline()
        + (diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more)" : "");
  }
}
