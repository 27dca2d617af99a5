package hotline.request;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt keys and values: the nearest known word within a small distance. */
final class Suggestions {
  private Suggestions() {}

  /** The known word nearest to {@code word}, if one is close enough to be a likely typo. */
  static Optional<String> nearest(String word, Collection<String> known) {
    String w = word.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return known.stream()
        .filter(k -> distance(w, k.replace('_', '-')) <= Math.max(1, Math.min(3, k.length() / 3)))
        .min(Comparator.comparingInt((String k) -> distance(w, k.replace('_', '-'))).thenComparing(k -> k));
  }

  /** " (did you mean 'x'?)" or nothing. */
  static String hint(String word, Collection<String> known) {
    return nearest(word, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  /** Levenshtein distance, bounded input sizes (keys and enum values are short). */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
