package hotline.timeline;

/**
 * Terminal column widths: East Asian wide and full-width characters (汉字, full-width punctuation)
 * take two columns, others one, so that Chinese tables line up.
 */
final class DisplayWidth {

  private DisplayWidth() {}

  /** Returns the number of terminal columns {@code text} takes. */
  static int of(String text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  /** Returns {@code text} followed by spaces up to {@code width} columns. */
  static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
