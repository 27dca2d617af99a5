package hotline.target.freeswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class FreeswitchTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"${sofia_contact(1000)}", "$${domain}", "a|b", "a,b", "[x=1]", "{x=1}", "a b", "\"q\"", "'q'", "<x>", "a&b", "a\nb", "a;b", "#x", "<!--", ""})
  void tokensRejectEverythingSpecialToDataOrDialStrings(String hostile) {
    assertThatThrownBy(() -> FreeswitchText.token(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected 1-80 of the characters");
  }

  @Test
  void attributesAreEscapedSoTheXmlKeepsItsShape() throws Exception {
    String hostile = "\"/><action application=\"system\" data=\"rm -rf /\"/><x a='&amp;<";
    String xml = "<action application=\"respond\" data=\"" + FreeswitchText.attribute(hostile) + "\"/>";
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    assertThat(doc.getDocumentElement().getAttribute("data")).isEqualTo(hostile);
    assertThat(doc.getDocumentElement().getChildNodes().getLength()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\u0000b", "a\rb"})
  void attributesRejectControlCharacters(String hostile) {
    assertThatThrownBy(() -> FreeswitchText.attribute(hostile)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"end -->", "a---b", "a-", "x\n<evil/>", "$${hostname}", "-- -->"})
  void commentsCannotEndTheCommentOrReachThePreprocessor(String hostile) throws Exception {
    String c = FreeswitchText.comment(hostile);
    assertThat(c).doesNotContain("--", "\n", "$").doesNotEndWith("-");
    String xml = "<include><!-- " + c + " --></include>";
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    assertThat(doc.getDocumentElement().getChildNodes().getLength()).isEqualTo(1);
  }

  @Test
  void commentsKeepReadableText() {
    assertThat(FreeswitchText.comment("020-83333333 广州市 Shunde/Foshan")).isEqualTo("020-83333333 广州市 Shunde/Foshan");
  }
}
