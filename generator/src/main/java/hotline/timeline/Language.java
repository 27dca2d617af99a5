package hotline.timeline;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The language of human-readable output. */
public enum Language {
  /** Simplified Chinese. */
  ZH("zh"),
  /** English. */
  EN("en");

  private final String id;

  Language(String id) {
    this.id = id;
  }

  /** The command-line and HTML name: {@code zh}, {@code en}. */
  public String id() {
    return id;
  }

  /**
   * Returns the language named {@code id} ({@code zh} or {@code en}).
   *
   * @throws IllegalArgumentException naming the languages there are
   */
  public static Language parse(String id) {
    return Arrays.stream(values())
        .filter(l -> l.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected "
                        + Arrays.stream(values()).map(Language::id).collect(Collectors.joining(" or "))
                        + ", but got '"
                        + id
                        + "'"));
  }
}
