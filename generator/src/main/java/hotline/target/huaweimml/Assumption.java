package hotline.target.huaweimml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An object a script refers to but does not add, declared near the top of the script in a comment
 * the engineer checks before running it: {@code /* assume DNSET: LP=0 | the DN set of 020 *}{@code /}.
 *
 * @param space the kind of object ({@code DNSET}, {@code RSSC}, or an object type)
 * @param params its key, as written
 * @param text what it is, for the engineer
 * @param line 1-based line of the declaration
 */
public record Assumption(String space, Map<String, String> params, String text, int line) {
  public Assumption {
    Objects.requireNonNull(space, "space");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Objects.requireNonNull(text, "text");
  }
}
