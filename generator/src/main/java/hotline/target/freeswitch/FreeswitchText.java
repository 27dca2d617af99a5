package hotline.target.freeswitch;

import java.util.regex.Pattern;

/**
 * Writing values into FreeSWITCH's XML configuration and the shell scripts around it, in two
 * layers. Values that become part of an application's data or a dial string are first checked
 * against a closed alphabet ({@link #token}): FreeSWITCH gives meaning to {@code $} (variables),
 * {@code { } [ ]} (channel variables), {@code | ,} (bridge separators), spaces (argument
 * separators) and quotes. Every attribute value is then XML-escaped ({@link #attribute}). Free
 * text only goes into comments ({@link #comment}).
 */
public final class FreeswitchText {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:+=-]{1,80}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");

  private FreeswitchText() {}

  /**
   * A value written into application data or a dial string as is.
   *
   * @throws IllegalArgumentException when the value holds anything but letters, digits and {@code
   *     _ . : + = -}, or is empty or longer than 80 characters
   */
  public static String token(String value) {
    if (value == null || !TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "expected 1-80 of the characters A-Z a-z 0-9 _ . : + = - for a FreeSWITCH name or value, but got '" + (value == null ? "null" : CONTROL.matcher(value).replaceAll("?")) + "'");
    }
    return value;
  }

  /**
   * A value for a double-quoted XML attribute: {@code & < > " '} become entities; control
   * characters, which XML 1.0 forbids or an attribute would normalise away, are rejected.
   *
   * @throws IllegalArgumentException for a control character
   */
  public static String attribute(String value) {
    if (CONTROL.matcher(value).find()) {
      throw new IllegalArgumentException("expected no control characters in an XML attribute, but got '" + CONTROL.matcher(value).replaceAll("?") + "'");
    }
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text for an XML comment or a shell comment line: control characters become spaces (the text
   * stays on its line), {@code --} is broken up and a trailing {@code -} padded (XML forbids both
   * in comments), and {@code $} becomes a full-width ＄, so FreeSWITCH's preprocessor, which
   * expands {@code $${...}} even inside comments, finds nothing to expand.
   */
  public static String comment(String text) {
    String c = CONTROL.matcher(text).replaceAll(" ").replace('$', '＄');
    while (c.contains("--")) {
      c = c.replace("--", "- -");
    }
    return c.endsWith("-") ? c + " " : c;
  }
}
