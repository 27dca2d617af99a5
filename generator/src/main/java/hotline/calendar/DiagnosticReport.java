package hotline.calendar;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders diagnostics compiler style: each one, then its source line and a caret under the column.
 */
final class DiagnosticReport {

  private DiagnosticReport() {}

  /**
   * Returns one block per diagnostic; {@code sources} maps each file name to its text (a file that
   * could not be read has none, and its diagnostics show no source line).
   */
  static String render(List<Diagnostic> diagnostics, Map<String, String> sources) {
    return diagnostics.stream()
        .map(d -> render(d, sources.get(d.file())))
        .collect(Collectors.joining("\n"));
  }

  private static String render(Diagnostic diagnostic, String source) {
    if (source == null || diagnostic.line() == 0) {
      return diagnostic.toString();
    }
    List<String> lines = source.lines().toList();
    if (diagnostic.line() > lines.size()) {
      return diagnostic.toString();
    }
    return diagnostic
        + "\n"
        + lines.get(diagnostic.line() - 1)
        + "\n"
        + " ".repeat(diagnostic.column() - 1)
        + "^";
  }
}
