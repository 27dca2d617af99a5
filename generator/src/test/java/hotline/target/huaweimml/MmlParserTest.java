package hotline.target.huaweimml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MmlParserTest {
  @Test
  void readsStatementsSectionsAndDeclarations() throws MmlSyntaxException {
    MmlScript s = MmlParser.parse("""
        /* header
         * over lines */
        /* assume ST: LP=0, D=K'83333333 | the pilot line */
        /* ===== request guangzhou ===== guangdong.yaml:4
         * banner */
        ADD CNACLD: LP=0, PFX=K'12333, CSA=LC, SDESCRIPTION="guangzhou-12333"; /* [guess] trailing */
        LST DNC: DCX=100;
        """);
    assertThat(s.sections()).containsExactly("guangzhou");
    assertThat(s.assumptions()).singleElement().satisfies(a -> {
      assertThat(a.space()).isEqualTo("ST");
      assertThat(a.params()).containsExactly(Map.entry("LP", "0"), Map.entry("D", "K'83333333"));
      assertThat(a.text()).isEqualTo("the pilot line");
      assertThat(a.line()).isEqualTo(3);
    });
    assertThat(s.statements()).hasSize(2);
    MmlStatement add = s.statements().get(0);
    assertThat(add.command()).isEqualTo("ADD CNACLD");
    assertThat(add.line()).isEqualTo(6);
    assertThat(add.section()).isEqualTo("guangzhou");
    assertThat(add.values(List.of("LP", "PFX"))).contains(List.of("0", "K'12333"));
    assertThat(add.value("SDESCRIPTION")).contains("\"guangzhou-12333\"");
    assertThat(s.statements().get(1).line()).isEqualTo(7);
  }

  @Test
  void refusesAQuoteLeftOpen() {
    assertSyntax("ADD OFC: O=1, ON=\"open;\n", 1, "expected no ';' inside a quoted value");
    assertSyntax("ADD OFC: O=1, ON=\"open\n;", 1, "expected a closing \" on the same line");
  }

  @Test
  void refusesMalformedValues() {
    assertSyntax("ADD CNACLD: PFX=K'12a33;", 1, "expected a number, K'digits");
    assertSyntax("ADD CNACLD: PFX=12333 OR 1;", 1, "expected a number, K'digits");
    assertSyntax("ADD OFC: ON='single';", 1, "expected a number, K'digits");
    assertSyntax("ADD OFC: O=1, O=2;", 1, "expected each parameter once, but O repeats");
    assertSyntax("ADD OFC: o=1;", 1, "expected an upper-case parameter name");
    assertSyntax("ADD OFC: O;", 1, "expected NAME=VALUE");
    assertSyntax("ADD OFC:;", 1, "expected at least one NAME=VALUE");
    assertSyntax("add ofc: O=1;", 1, "expected 'VERB OBJECT: NAME=VALUE, ...;'");
  }

  @Test
  void refusesBrokenStatementsAndComments() {
    assertSyntax("\nADD OFC: O=1", 2, "expected ';' to end the statement, but the file ended");
    assertSyntax("ADD OFC: O=1,\nON=\"x\";", 1, "a statement is one line");
    assertSyntax("ADD OFC: O=1 /* inside */;", 1, "expected comments between statements");
    assertSyntax("/* outer\n/* inner */", 2, "expected no /* inside a comment");
    assertSyntax("/* never closed", 1, "expected the comment to end with */");
    assertSyntax("/* assume DNSET LP=0 */", 1, "expected a declaration");
    assertSyntax("/* ===== request a ===== */\n/* ===== request a ===== */", 2, "expected each request section once");
  }

  private static void assertSyntax(String text, int line, String message) {
    assertThatThrownBy(() -> MmlParser.parse(text))
        .isInstanceOfSatisfying(MmlSyntaxException.class, e -> assertThat(e.line()).isEqualTo(line))
        .hasMessageContaining(message);
  }
}
