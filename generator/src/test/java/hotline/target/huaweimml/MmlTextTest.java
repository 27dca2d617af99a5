package hotline.target.huaweimml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MmlTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"guangzhou-12333", "192.0.2.10:5060", "[2001:db8::1]:5060", "a b_c.d"})
  void quotesSafeText(String value) {
    assertThat(MmlText.quoted(value)).isEqualTo("\"" + value + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\"b", "a;b", "a\nb", "a\rb", "a#b", "${x}", "a<b", "a/*b", "a*/b", "a'b", "a,b", "a=b", "广州", "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void refusesUnsafeText(String value) {
    assertThatThrownBy(() -> MmlText.quoted(value)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected 1-64 letters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12333", "02083333333"})
  void writesDigitStrings(String value) {
    assertThat(MmlText.digits(value)).isEqualTo("K'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12a33", "1233;", "12333'", "１２３３３", "1\n2", "111111111111111111111111111111111"})
  void refusesNonDigits(String value) {
    assertThatThrownBy(() -> MmlText.digits(value)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected 1-32 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0756 广东省 珠海市 / Zhuhai", "020-83333333 (pilot) -> 020-83333334", "fixtures/requests/x.yaml:3"})
  void passesCommentText(String value) {
    assertThat(MmlText.comment(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"end */ ADD X: A=1;", "/* nested", "two\nlines", "cr\r", "${evil}", "#include", "<#if x>", "a; b", "bell\u0007"})
  void refusesCommentBreakers(String value) {
    assertThatThrownBy(() -> MmlText.comment(value)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected comment text");
  }

  @org.junit.jupiter.api.Test
  void showsLineBreaksInMessages() {
    assertThatThrownBy(() -> MmlText.quoted("a\nb")).hasMessageContaining("'a\\nb'");
  }
}
