package hotline.calendar;

import java.util.List;

/**
 * Thrown when one or more calendar files are unreadable or invalid; carries every problem found,
 * not just the first.
 */
public final class CalendarFileException extends RuntimeException {

  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param diagnostics every problem found, at least one
   * @param report the diagnostics rendered for a human, each followed by its source line and a
   *     caret
   */
  CalendarFileException(List<Diagnostic> diagnostics, String report) {
    super(report);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("expected at least one diagnostic, but got none");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Returns every problem found, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
