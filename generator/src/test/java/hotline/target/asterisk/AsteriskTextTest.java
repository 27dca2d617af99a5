package hotline.target.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsteriskTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"a,b", "a;b", "${EXTEN}", "$[1+1]", "a\nb", "a\rb", "[ctx]", "\"q\"", "#include x", "<x>", "a b", "Dial(x)", "a|b", "a\\b", ";--", ""})
  void tokensRejectEverythingSpecialToAStatement(String hostile) {
    assertThatThrownBy(() -> AsteriskText.token(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected 1-80 of the characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hotline-area-guangzhou", "02083333333", "hotline:guangzhou:caller-local", "12333"})
  void tokensKeepOrdinaryNames(String name) {
    assertThat(AsteriskText.token(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x\n[evil]\nexten => 1,1,System(rm -rf /)", "x;--block", "a\r\nb", "a\u2028b", "end--;"})
  void commentsStayOnTheirLineAndOpenNoBlockComment(String hostile) {
    String c = AsteriskText.comment(hostile);
    assertThat(c).doesNotContain("\n", "\r", "\u2028", ";");
  }

  @ParameterizedTest
  @ValueSource(strings = {"广州市", "Shunde/Foshan", "020-83333333"})
  void commentsKeepReadableText(String text) {
    assertThat(AsteriskText.comment(text)).isEqualTo(text);
  }
}
