package hotline.target.huaweimml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed statement {@code VERB OBJ: PARAM=VALUE, ...;}.
 *
 * @param verb {@code ADD}, {@code LST}, {@code RMV}, ...
 * @param object the object type: {@code CNACLD}
 * @param params the parameters in written order, values as written ({@code K'12333}, {@code "x"})
 * @param line 1-based line of the statement
 * @param section the request section it stands in, empty before the first section banner
 */
public record MmlStatement(String verb, String object, Map<String, String> params, int line, String section) {
  public MmlStatement {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(object, "object");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Objects.requireNonNull(section, "section");
  }

  /** A parameter's value as written. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** The values of some parameters, or empty when one is missing. */
  public Optional<List<String>> values(List<String> names) {
    if (!params.keySet().containsAll(names)) {
      return Optional.empty();
    }
    return Optional.of(names.stream().map(params::get).toList());
  }

  /** {@code VERB OBJ}, for messages. */
  public String command() {
    return verb + " " + object;
  }
}
