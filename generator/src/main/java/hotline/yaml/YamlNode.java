package hotline.yaml;

import hotline.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A YAML node with the place it came from. Scalars keep their source text: the request format
 * reads every value from its text, so {@code 020} stays {@code "020"} (no octal, no type guessing).
 */
public sealed interface YamlNode {
  SourcePosition position();

  /** A short name of the node's kind for messages: "a text", "a list", "a mapping". */
  String kind();

  /** A scalar: its text as written, and whether it was written without quotes. */
  record Scalar(String text, boolean plain, SourcePosition position) implements YamlNode {
    @Override
    public String kind() {
      return plain && text.isEmpty() ? "nothing" : "'" + text + "'";
    }

    /** True for {@code ~}, {@code null} or an empty plain value. */
    public boolean isNull() {
      return plain && (text.isEmpty() || text.equals("~") || text.equals("null"));
    }
  }

  /** A sequence. */
  record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return items.isEmpty() ? "an empty list" : "a list";
    }
  }

  /** A mapping with its entries in file order; keys are scalars. */
  record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
      return entries.isEmpty() ? "an empty mapping" : "a mapping";
    }

    /** The entry for a key, if present. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().text().equals(key)).findFirst();
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, YamlNode value) {}
}
