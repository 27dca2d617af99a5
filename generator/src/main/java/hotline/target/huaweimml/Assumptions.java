package hotline.target.huaweimml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-existing objects a render refers to, each once, grouped by kind in order of first use:
 * the header lines {@code /* assume SPACE: KEY | text *}{@code /} that the checker reads as
 * declarations.
 */
public final class Assumptions {
  private final List<Map<String, Object>> items = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /**
   * Declares an object.
   *
   * @param space its kind, as {@link MmlSchema} names it
   * @param key its key as MML parameters: {@code LP=0}
   * @param text what it is and how to check it, one line
   */
  public void add(String space, String key, String text) {
    if (seen.add(space + ": " + key)) {
      items.add(Map.of("space", space, "key", key, "text", MmlText.comment(text)));
    }
  }

  /** The declarations, as the templates' model. */
  public List<Map<String, Object>> model() {
    Map<Object, List<Map<String, Object>>> bySpace = new LinkedHashMap<>();
    for (Map<String, Object> item : items) {
      bySpace.computeIfAbsent(item.get("space"), k -> new ArrayList<>()).add(item);
    }
    return bySpace.values().stream().flatMap(List::stream).toList();
  }
}
