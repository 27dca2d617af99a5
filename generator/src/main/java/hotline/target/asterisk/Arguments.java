package hotline.target.asterisk;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading application arguments the way Asterisk does after substitution: separators inside
 * {@code ${...}}, {@code $[...]}, parentheses or double quotes do not count.
 */
final class Arguments {
  private Arguments() {}

  /** The index of the first {@code c} outside any nesting, or -1. */
  static int topLevel(String text, char c) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '{' || ch == '[' || ch == '(')) {
        depth++;
      } else if (!quoted && (ch == '}' || ch == ']' || ch == ')')) {
        depth--;
      } else if (ch == c && depth == 0 && !quoted) {
        return i;
      }
    }
    return -1;
  }

  /** The comma-separated arguments at the top level. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    for (int comma = topLevel(rest, ','); comma >= 0; comma = topLevel(rest, ',')) {
      parts.add(rest.substring(0, comma));
      rest = rest.substring(comma + 1);
    }
    parts.add(rest);
    return parts;
  }

  /** Whether brackets nest properly and quotes close. */
  static boolean balanced(String text) {
    StringBuilder open = new StringBuilder();
    boolean quoted = false;
    for (char ch : text.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '{' || ch == '[' || ch == '(')) {
        open.append(ch);
      } else if (!quoted && (ch == '}' || ch == ']' || ch == ')')) {
        char expected = ch == '}' ? '{' : ch == ']' ? '[' : '(';
        if (open.length() == 0 || open.charAt(open.length() - 1) != expected) {
          return false;
        }
        open.setLength(open.length() - 1);
      }
    }
    return !quoted && open.length() == 0;
  }
}
