package hotline.target.zte.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmlScriptTest {
  @Test
  void parsesStatementsSectionsAndRequires() {
    MmlScript s = MmlScript.parse("activate.mml", String.join("\n",
        "// header",
        "",
        "// Request guangzhou (x.yaml:5)",
        "// requires ENTR:ENTR=100;",
        "ADD TG RTP:TG=100,OFC=100,LINE=\"SIP\",NAME=\"12333-guangzhou\";",
        "ADD RTS:RTS=100,RTINFO=1-100-0-0-255,RTFLG=\"PEAR\";",
        "ADD X:OPT=\"NCEL\"&\"TCUG\";",
        "SYN:DATABASE=\"ALL\";"));
    assertThat(s.problems()).isEmpty();
    List<MmlStatement> st = s.statements();
    assertThat(st).extracting(MmlStatement::command).containsExactly("REQUIRE ENTR", "ADD TG RTP", "ADD RTS", "ADD X", "SYN");
    assertThat(st).extracting(MmlStatement::section).containsOnly("guangzhou");
    assertThat(st.get(1).value("LINE")).contains("SIP");
    assertThat(st.get(1).line()).isEqualTo(5);
    assertThat(st.get(2).params().get("RTINFO")).isEqualTo("1-100-0-0-255");
    assertThat(st.get(3).params().get("OPT")).isEqualTo("\"NCEL\"&\"TCUG\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ADD RT:RT=100,NAME=\"open;",
      "ADD RT:RT=100,NAME=\"a;b\";",
      "ADD RT:RT=100,NAME=\"a\"b;",
      "ADD X:OPT=\"A\"&B;",
      "ADD TPDNAL:ENTR=100,DIGIT=K'12333;",
      "ADD RT:RT=100,RT=101;",
      "ADD RT:RT=100,;",
      "ADD RT:RT=100",
      "add rt:RT=100;",
      "ADD RT:RT=1 00;",
      "ADD RT:rt=100;",
      "ADD RT:RT=;",
      "# ADD RT:RT=100;",
      "/* ADD RT:RT=100; */"})
  void reportsBadSyntaxWithItsLine(String line) {
    MmlScript s = MmlScript.parse("activate.mml", "// header\n" + line + "\n");
    assertThat(s.statements()).isEmpty();
    assertThat(s.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).startsWith("expected");
    });
  }

  @Test
  void namesHuaweiDigitStrings() {
    MmlScript s = MmlScript.parse("activate.mml", "ADD TPDNAL:ENTR=100,DIGIT=K'12333;");
    assertThat(s.problems()).singleElement().extracting(Problem::message).asString().contains("K'...' is Huawei MML");
  }
}
