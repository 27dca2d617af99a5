package hotline.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compiler-style print: headline, source line, caret under the column, then a count. */
class DiagnosticFormatterTest {
  private static final String FILE = "fixtures/bad/zero-e1.yaml";
  private static final List<String> LINES = List.of("requests:", "  - id: guangzhou", "    trunk:", "      type: digital", "      count: 0");

  private static Diagnostic at(int line, int column, String field, String message) {
    return new Diagnostic(new SourcePosition(FILE, line, column), field, message);
  }

  @Test
  void oneDiagnosticWithItsSourceLineAndCaret() {
    String out =
        new DiagnosticFormatter(Map.of(FILE, LINES))
            .format(List.of(at(5, 14, "trunk.count", "expected 1-63 E1s for a digital trunk, but got '0'")));
    assertThat(out)
        .isEqualTo(
            "fixtures/bad/zero-e1.yaml:5:14: error: trunk.count: expected 1-63 E1s for a digital trunk, but got '0'\n"
                + "          count: 0\n"
                + "                 ^\n"
                + "1 error\n");
  }

  @Test
  void diagnosticsAreSortedByFileLineAndColumnAndCounted() {
    String out =
        new DiagnosticFormatter(Map.of(FILE, LINES))
            .format(
                List.of(
                    at(5, 14, "trunk.count", "second"),
                    new Diagnostic(SourcePosition.ofFile("a.yaml"), "", "whole file"),
                    at(2, 9, "id", "first")));
    assertThat(out)
        .isEqualTo(
            "a.yaml: error: whole file\n"
                + "fixtures/bad/zero-e1.yaml:2:9: error: id: first\n"
                + "      - id: guangzhou\n"
                + "            ^\n"
                + "fixtures/bad/zero-e1.yaml:5:14: error: trunk.count: second\n"
                + "          count: 0\n"
                + "                 ^\n"
                + "3 errors\n");
  }

  @Test
  void aWholeFileProblemHasNoSourceLine() {
    assertThat(new DiagnosticFormatter(Map.of(FILE, LINES)).format(List.of(new Diagnostic(SourcePosition.ofFile(FILE), "", "expected text, but got a NUL byte"))))
        .isEqualTo("fixtures/bad/zero-e1.yaml: error: expected text, but got a NUL byte\n1 error\n");
  }

  @Test
  void aFileWithoutSourceLinesPrintsHeadlinesOnly() {
    assertThat(new DiagnosticFormatter(Map.of()).format(List.of(at(5, 14, "trunk.count", "m"))))
        .isEqualTo("fixtures/bad/zero-e1.yaml:5:14: error: trunk.count: m\n1 error\n");
  }

  @Test
  void aLineWithoutColumnHasNoCaret() {
    assertThat(new DiagnosticFormatter(Map.of(FILE, LINES)).format(List.of(at(1, 0, "", "m"))))
        .isEqualTo("fixtures/bad/zero-e1.yaml:1: error: m\n    requests:\n1 error\n");
  }

  @Test
  void tabsAreKeptInTheCaretLineSoTheCaretLinesUp() {
    String out = new DiagnosticFormatter(Map.of(FILE, List.of("\tarea_code: 99"))).format(List.of(at(1, 13, "area_code", "m")));
    assertThat(out).isEqualTo("fixtures/bad/zero-e1.yaml:1:13: error: area_code: m\n    \tarea_code: 99\n    \t           ^\n1 error\n");
  }

  @Test
  void controlCharactersOfHostileInputAreEscaped() {
    String out = new DiagnosticFormatter(Map.of(FILE, List.of("id: \u001b[2Jx"))).format(List.of(at(1, 5, "id", "m")));
    assertThat(out).isEqualTo("fixtures/bad/zero-e1.yaml:1:5: error: id: m\n    id: \\u001b[2Jx\n        ^\n1 error\n");
  }

  @Test
  void longLinesAreCut() {
    String out = new DiagnosticFormatter(Map.of(FILE, List.of("x".repeat(300)))).format(List.of(at(1, 1, "", "m")));
    assertThat(out.lines().toList().get(1)).isEqualTo("    " + "x".repeat(200) + "...");
  }
}
