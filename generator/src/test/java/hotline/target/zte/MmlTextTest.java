package hotline.target.zte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MmlTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"12333-guangzhou", "tel:+862083333333", "12333 zhuhai-remote"})
  void quotedTakesNamesAndIdentities(String value) {
    assertThat(MmlText.quoted(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\"b", "x;DEL DNAL:ENTR=1", "line\nSYN:DATABASE=\"ALL\";", "a\rb", "#1", "${x}", "<#list>", "a//b", "/* c */", "a,b=c",
      "a&\"b\"", "", "广州", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void quotedRejectsWhatCouldBreakOut(String value) {
    assertThatThrownBy(() -> MmlText.quoted(value)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected an MML text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12333", "02083333333"})
  void digitsTakesDigits(String value) {
    assertThat(MmlText.digits(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"K'12333", "12333;", "\"12333\"", "1 2", "１２３３３", "", "123456789012345678901234567890123"})
  void digitsRejectsAnythingElse(String value) {
    assertThatThrownBy(() -> MmlText.digits(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"广东省 广州市", "Shunde/Foshan", "caller-local: 主叫付费（按本地通话计费）"})
  void commentTakesPrintableText(String value) {
    assertThat(MmlText.comment(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nADD TPDNAL:ENTR=1,DIGIT=110;", "a\rb", "a\u2028b", "a\u0085b", "x */ y", "/* x", "x // y", "${evil}", "<#include \"x\">", "#{x}", "tab\there"})
  void commentRejectsLineBreaksMarkersAndTemplates(String value) {
    assertThatThrownBy(() -> MmlText.comment(value)).isInstanceOf(IllegalArgumentException.class);
  }
}
