package hotline.target.zte;

import java.util.regex.Pattern;

/**
 * What may go into a ZTE MML script from the plan. MML has no escape inside double quotes, so
 * nothing is escaped: a value that could end a quoted text or a statement ({@code "}, {@code ;},
 * a line break), start a comment ({@code //}, {@code /*}) or a template construct ({@code ${},
 * {@code <#}) is rejected. The plan's values are already validated; this is defence in depth.
 */
public final class MmlText {
  private static final Pattern QUOTED = Pattern.compile("[A-Za-z0-9 ._:+@-]{1,64}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,32}");

  private MmlText() {}

  /**
   * A text for inside double quotes: letters, digits, space and {@code ._:+@-}, 1-64 characters.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static String quoted(String value) {
    if (value == null || !QUOTED.matcher(value).matches() || value.contains("//")) {
      throw new IllegalArgumentException("expected an MML text of letters, digits, space and ._:+@- (1-64 characters), but got '" + value + "'");
    }
    return value;
  }

  /**
   * A digit string, written plain or quoted.
   *
   * @throws IllegalArgumentException for anything but 1-32 digits
   */
  public static String digits(String value) {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("expected 1-32 digits, but got '" + value + "'");
    }
    return value;
  }

  /**
   * A text for a {@code //} comment line: any printable text (Chinese names included) without a
   * line break, control character, comment marker or template construct.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String comment(String value) {
    if (value == null || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85)
        || value.contains("/*") || value.contains("*/") || value.contains("//") || value.contains("${") || value.contains("<#") || value.contains("#{")) {
      throw new IllegalArgumentException("expected a one-line comment text without control characters, comment markers or ${, but got '" + value + "'");
    }
    return value;
  }
}
