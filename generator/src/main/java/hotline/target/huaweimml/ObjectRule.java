package hotline.target.huaweimml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checker knows about one MML object type.
 *
 * @param object the object type: {@code CNACLD}
 * @param key the parameters that identify one object; its LST and RMV name exactly these
 * @param provides further name spaces an added object fills besides its own ({@code RTANA} makes
 *     its {@code RSC} usable by {@code CNACLD}); each entry must be unique too
 * @param references the parameters that name other objects, which must exist first
 */
public record ObjectRule(String object, List<String> key, List<Provide> provides, List<Reference> references) {
  public ObjectRule {
    Objects.requireNonNull(object, "object");
    key = List.copyOf(key);
    provides = List.copyOf(provides);
    references = List.copyOf(references);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("an object type needs a key: " + object);
    }
  }

  /**
   * A name space an added object fills.
   *
   * @param space the space: {@code TG}
   * @param params the object's parameters holding the value, in the space's key order
   */
  public record Provide(String space, List<String> params) {
    public Provide {
      params = List.copyOf(params);
    }
  }

  /**
   * Parameters that name an object in a space.
   *
   * @param params the referring parameters, in the space's key order ({@code LP, PILOT} → {@code
   *     ST LP, D})
   * @param space the space the object must be in
   * @param none a value that names no object ({@code CHSC=65535}: not charged)
   */
  public record Reference(List<String> params, String space, Optional<String> none) {
    public Reference {
      params = List.copyOf(params);
      Objects.requireNonNull(space, "space");
      Objects.requireNonNull(none, "none");
    }
  }
}
