package hotline.diagnostics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics compiler style: the headline, then the source line and a caret under the
 * column.
 *
 * <pre>
 * fixtures/bad/zero-e1.yaml:9:14: error: trunk.count: expected 1-63 E1s for a digital trunk, but got '0'
 *       count: 0
 *              ^
 * </pre>
 */
public final class DiagnosticFormatter {
  /**
   * Diagnostics printed at most, like javac's {@code -Xmaxerrs}: a hostile file can hold 100000
   * mistakes, and printing them all would bury the first under megabytes of output.
   */
  public static final int MAX_PRINTED = 100;

  private final Map<String, List<String>> sourceLines;

  /**
   * @param sourceLines the lines of each input file by the name used in its diagnostics; files
   *     absent from the map are printed without source lines
   */
  public DiagnosticFormatter(Map<String, List<String>> sourceLines) {
    this.sourceLines = Map.copyOf(sourceLines);
  }

  /** The first {@value #MAX_PRINTED} diagnostics in file, line and column order, then the count of all. */
  public String format(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.stream()
        .sorted(
            Comparator.comparing((Diagnostic d) -> d.position().file())
                .thenComparingInt(d -> d.position().line())
                .thenComparingInt(d -> d.position().column()))
        .limit(MAX_PRINTED)
        .forEach(d -> appendOne(out, d));
    int n = diagnostics.size();
    if (n > MAX_PRINTED) {
      out.append("... ").append(n - MAX_PRINTED).append(" more not shown\n");
    }
    out.append(n).append(n == 1 ? " error" : " errors").append('\n');
    return out.toString();
  }

  private void appendOne(StringBuilder out, Diagnostic d) {
    out.append(Printable.of(d.headline())).append('\n');
    SourcePosition p = d.position();
    List<String> lines = sourceLines.get(p.file());
    if (lines == null || p.line() < 1 || p.line() > lines.size()) {
      return;
    }
    String line = Printable.line(lines.get(p.line() - 1));
    out.append("    ").append(line).append('\n');
    if (p.column() >= 1) {
      int col = Math.min(p.column() - 1, line.length());
      StringBuilder pad = new StringBuilder();
      for (int i = 0; i < col; i++) {
        pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
      }
      out.append("    ").append(pad).append("^\n");
    }
  }
}
