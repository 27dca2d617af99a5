package hotline.number;

import java.util.regex.Pattern;

/**
 * The area code of a local network in national format, with its leading 0: {@code 010}, {@code
 * 020}, {@code 0755}. Only the syntax is checked here; {@link AreaDirectory} knows which exist.
 */
public record AreaCode(String digits) implements Comparable<AreaCode> {
  private static final Pattern SYNTAX = Pattern.compile("0(10|2[0-9]|[3-9][0-9]{2})");

  public AreaCode {
    if (digits == null || !SYNTAX.matcher(digits).matches()) {
      throw new IllegalArgumentException(
          "expected an area code such as 010, 020 or 0755, but got '" + digits + "'");
    }
  }

  /** Parses a canonical area code; see {@link #isSyntax(String)}. */
  public static AreaCode parse(String text) {
    return new AreaCode(text);
  }

  /** Whether the text has the shape of an area code (0 + 2 or 3 digits, 0 + 10/2x/3xx-9xx). */
  public static boolean isSyntax(String text) {
    return text != null && SYNTAX.matcher(text).matches();
  }

  @Override
  public int compareTo(AreaCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public String toString() {
    return digits;
  }
}
