package hotline.target.huaweimml;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes values into Huawei MML statements, or refuses them. MML has no escape sequences: a value
 * that could end a string, a statement or a comment ({@code "}, {@code ;}, {@code /*}, a newline)
 * or that a template engine or a batch tool could interpret ({@code ${}, {@code #}, {@code <}) is
 * rejected, never rewritten. The plan's values are already strictly validated; this is the second
 * fence.
 */
public final class MmlText {
  /** What a quoted text value may hold: letters, digits and a few harmless marks. */
  private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9 _.:@()+\\[\\]-]{1,64}");

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,32}");
  private static final List<String> COMMENT_BREAKERS = List.of("/*", "*/", "\n", "\r", "${", "#", "<", ";");

  private MmlText() {}

  /**
   * A quoted text value: {@code "guangzhou-12333"}.
   *
   * @throws IllegalArgumentException for an empty, long or unsafe value
   */
  public static String quoted(String value) {
    if (value == null || !TEXT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "expected 1-64 letters, digits, spaces or _.:@()+[]- for an MML text value, but got '" + printable(value) + "'");
    }
    return "\"" + value + "\"";
  }

  /**
   * A digit string: {@code K'12333}.
   *
   * @throws IllegalArgumentException for anything but 1-32 decimal digits
   */
  public static String digits(String value) {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("expected 1-32 digits for an MML digit string, but got '" + printable(value) + "'");
    }
    return "K'" + value;
  }

  /**
   * Text for the inside of a {@code /* ... *}{@code /} comment, one line: any language, but no
   * comment markers, line breaks, {@code ;}, {@code #}, {@code <} or {@code ${}.
   *
   * @throws IllegalArgumentException for text that could end the comment or the line
   */
  public static String comment(String value) {
    if (value == null) {
      throw new IllegalArgumentException("expected comment text, but got nothing");
    }
    for (String breaker : COMMENT_BREAKERS) {
      if (value.contains(breaker)) {
        throw new IllegalArgumentException(
            "expected comment text without " + printable(breaker) + ", but got '" + printable(value) + "'");
      }
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("expected comment text without control characters, but got '" + printable(value) + "'");
    }
    return value;
  }

  /** The value with line breaks and control characters made visible, for messages. */
  private static String printable(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    value.codePoints().forEach(c -> {
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }
}
