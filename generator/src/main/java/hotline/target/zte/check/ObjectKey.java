package hotline.target.zte.check;

import java.util.Objects;

/**
 * The identity of one switch object: its kind and its key values, {@code TG TG=100} or {@code DNAL
 * ENTR=100,DIGIT=12333}. Values are compared without quotes.
 *
 * @param kind the object kind
 * @param key the key parameters and values, {@code ENTR=100,DIGIT=12333}
 */
public record ObjectKey(String kind, String key) {
  public ObjectKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public String toString() {
    return kind + " " + key;
  }
}
