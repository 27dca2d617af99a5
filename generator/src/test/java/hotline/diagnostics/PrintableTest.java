package hotline.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile text printed in diagnostics stays one visible line of bounded length. */
class PrintableTest {
  @Test
  void controlAndInvisibleCharactersAreEscaped() {
    assertThat(Printable.of("a\nb\rc\td\u001b[2J\u2028\ufeff\u202e\u200b"))
        .isEqualTo("a\\nb\\rc\\td\\u001b[2J\\u2028\\ufeff\\u202e\\u200b");
  }

  @Test
  void longTextIsCut() {
    assertThat(Printable.of("x".repeat(100_000))).hasSize(Printable.MAX_CHARS + 3).endsWith("...");
  }

  @Test
  void aFormatterPrintsAtMostAHundredDiagnostics() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      many.add(new Diagnostic(new SourcePosition("a.yaml", i, 1), "k" + i, "expected a key, but got 'k\n" + i + "'"));
    }
    String out = new DiagnosticFormatter(Map.of()).format(many);
    assertThat(out.lines().filter(l -> l.contains(": error: "))).hasSize(DiagnosticFormatter.MAX_PRINTED);
    assertThat(out).contains("a.yaml:1:1: error: k1: expected a key, but got 'k\\n1'").endsWith("... 900 more not shown\n1000 errors\n");
  }
}
