package hotline.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How numbers are written and which are ordinary fixed-line numbers of mainland China. */
class PhoneNumberTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "020-83333333",
        "02083333333",
        "020 8333 3333",
        "(020) 8333 3333",
        "(020)83333333",
        "+86 20 8333 3333",
        "+86-20-83333333",
        "0086 20 83333333",
        " 020-83333333 ",
        "０２０－８３３３３３３３",
        "（０２０）８３３３　３３３３",
      })
  void writtenFormsOfOneNumber(String text) {
    PhoneNumber n = PhoneNumber.parse(text);
    assertThat(n.area()).isEqualTo(AreaCode.parse("020"));
    assertThat(n.local()).isEqualTo("83333333");
    assertThat(n.national()).isEqualTo("02083333333");
    assertThat(n.display()).isEqualTo("020-83333333");
  }

  @ParameterizedTest
  @CsvSource({"0633-8212333, 0633, 8212333", "010-68012333, 010, 68012333", "0755 8881 2333, 0755, 88812333", "0754-8812333, 0754, 8812333", "0754-88812333, 0754, 88812333"})
  void sevenAndEightDigitAreas(String text, String area, String local) {
    PhoneNumber n = PhoneNumber.parse(text);
    assertThat(n.area().digits()).isEqualTo(area);
    assertThat(n.local()).isEqualTo(local);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "020 12333        | expected an ordinary local number starting with 2-8 after the area code 020, but got '020 12333' (12333 is a public-service short code, not a subscriber number)",
        "010-95588        | expected an ordinary local number starting with 2-8 after the area code 010, but got '010-95588'",
        "020-03333333     | expected an ordinary local number starting with 2-8 after the area code 020, but got '020-03333333'",
        "020-13333333     | expected an ordinary local number starting with 2-8 after the area code 020, but got '020-13333333'",
        "020-93333333     | expected an ordinary local number starting with 2-8 after the area code 020, but got '020-93333333'",
        "+852 2123 4567   | expected a number of mainland China (country code 86), but got '+852 2123 4567'",
        "00852 21234567   | expected a number of mainland China (country code 86), but got '00852 21234567'",
        "020-83333333 ext 12 | expected a number without an extension, but got '020-83333333 ext 12'",
        "020-83333333转12 | expected a number without an extension, but got '020-83333333转12'",
        "13800138000      | expected a fixed-line number with its area code, such as 020-83333333, but got the mobile number '13800138000'",
        "+86 138 0013 8000 | expected a fixed-line number with its area code, such as 020-83333333, but got the mobile number '+86 138 0013 8000'",
        "83333333         | expected a fixed-line number with its area code, such as 020-83333333, but got '83333333'",
        "0633-821233      | expected 7 local digits after the area code 0633, but got 6 in '0633-821233'",
        "0633-82123333    | expected 7 local digits after the area code 0633, but got 8 in '0633-82123333'",
        "020-8333333      | expected 8 local digits after the area code 020, but got 7 in '020-8333333'",
        "020-833333333    | expected 8 local digits after the area code 020, but got 9 in '020-833333333'",
        "0301-3312333     | expected a number starting with a known area code, but got '0301-3312333'",
        "020-8333-HELP    | expected digits, spaces, '-' and '()' only, but got '020-8333-HELP'",
      })
  void rejectedForms(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse(text)).withMessage(message);
  }

  @Test
  void nothingIsNotANumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PhoneNumber.parse("　"))
        .withMessage("expected a fixed-line number such as 020-83333333, but got nothing");
  }

  @Test
  void theConstructorChecksTheLocalPart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhoneNumber(AreaCode.parse("020"), "12333"))
        .withMessage("expected a local part of 7 or 8 digits starting with 2-8, but got '12333'");
  }

  @Test
  void numbersOrderByTheirNationalForm() {
    assertThat(PhoneNumber.parse("020-83333334")).isGreaterThan(PhoneNumber.parse("020-83333333"));
    assertThat(PhoneNumber.parse("020-83333333")).isEqualTo(PhoneNumber.parse("+86 20 8333 3333"));
  }
}
