package hotline.sip;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validation of the numbers that appear as SIP URI users: callers, dialled numbers, lines. */
final class DialString {

  private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{1,20}");

  private DialString() {}

  /** Returns {@code value} if it is 1-20 digits with an optional leading '+', else throws. */
  static String require(String role, String value) {
    Objects.requireNonNull(value, role);
    if (!DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException(
          role + ": expected 1-20 digits with an optional leading '+', but got '" + value + "'");
    }
    return value;
  }
}
