package hotline.diagnostics;

/**
 * Text from a hostile input made safe to print on a terminal or in a log: control characters
 * (a line break, an escape sequence), the Unicode line separators and invisible format characters
 * (a byte-order mark, a zero-width space, a right-to-left override) are written as escapes, so one
 * diagnostic stays one line and shows what the file really holds.
 */
public final class Printable {
  /** Longer text is cut: a 2 MiB scalar quoted in a message would drown every other line. */
  public static final int MAX_CHARS = 500;

  /** Source lines are cut shorter: the caret must stay near the text. */
  private static final int MAX_LINE_CHARS = 200;

  private Printable() {}

  /** Every control and format character escaped ({@code \n}, {@code \t}, {@code \u001b}), cut at {@value #MAX_CHARS}. */
  public static String of(String text) {
    return escape(text, false, MAX_CHARS);
  }

  /** A source line for printing under a diagnostic: like {@link #of} but tabs kept, for the caret. */
  static String line(String text) {
    return escape(text, true, MAX_LINE_CHARS);
  }

  private static String escape(String text, boolean keepTabs, int max) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 16);
    for (int i = 0; i < text.length() && b.length() <= max; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t' && keepTabs) {
        b.append('\t');
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT) {
        b.append(String.format("\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    }
    return b.length() > max ? b.substring(0, max) + "..." : b.toString();
  }
}
