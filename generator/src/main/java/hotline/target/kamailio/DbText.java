package hotline.target.kamailio;

/**
 * Values in Kamailio's {@code db_text} table files, where ':' separates columns: escapes the
 * characters the format escapes and refuses control characters, so no value can add a column or a
 * row.
 */
final class DbText {
  private DbText() {}

  /** The value as a db_text column. */
  static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ':' -> b.append("\\:");
        default -> {
          if (Character.isISOControl(c)) {
            throw new IllegalArgumentException("expected no control characters in a db_text value, but got " + String.format("U+%04X", (int) c));
          }
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  /**
   * A value for the dialplan {@code attrs} column, read with Kamailio's {@code param.value}
   * transformation: ';', '=', ',' and '|' would split it, so they are refused along with what
   * db_text refuses. Returns the value unescaped: the whole column is escaped once by {@link
   * #escape}.
   */
  static String attrValue(String value) {
    if (value.isEmpty() || value.chars().anyMatch(c -> c == ';' || c == '=' || c == ',' || c == '"' || c == '|' || Character.isWhitespace(c))) {
      throw new IllegalArgumentException("expected an attrs value without ';', '=', ',', '|', quotes or spaces, but got '" + value + "'");
    }
    escape(value);
    return value;
  }
}
