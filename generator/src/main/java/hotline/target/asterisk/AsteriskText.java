package hotline.target.asterisk;

import java.util.regex.Pattern;

/**
 * Writing values into Asterisk configuration files and the shell scripts around them. Values that
 * become part of a statement (context, extension and endpoint names, dialled digits, CDR text) are
 * checked against a closed alphabet and rejected otherwise, because every character outside it is
 * special somewhere: {@code ,} separates arguments, {@code ;} starts a comment, {@code $} starts a
 * substitution, {@code [ ]} delimit sections and expressions, {@code "} quotes, {@code ( )} close
 * an application's arguments, a newline ends the statement. Free text only ever goes into comments,
 * made safe by {@link #comment(String)}.
 */
public final class AsteriskText {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:+-]{1,80}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");

  private AsteriskText() {}

  /**
   * A value written into a statement as is.
   *
   * @throws IllegalArgumentException when the value holds anything but letters, digits and {@code
   *     _ . : + -}, or is empty or longer than 80 characters
   */
  public static String token(String value) {
    if (value == null || !TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "expected 1-80 of the characters A-Z a-z 0-9 _ . : + - for an Asterisk name or value, but got '" + printable(value) + "'");
    }
    return value;
  }

  /**
   * Text for the rest of a comment line, in a {@code .conf} file ({@code ; ...}) or a shell script
   * ({@code # ...}): line breaks and other control characters become spaces, so the text cannot
   * leave its line, and {@code ;} becomes {@code ,}, so it cannot open an Asterisk block comment
   * ({@code ;--}).
   */
  public static String comment(String text) {
    return CONTROL.matcher(text).replaceAll(" ").replace(';', ',');
  }

  private static String printable(String value) {
    return value == null ? "null" : CONTROL.matcher(value).replaceAll("?");
  }
}
