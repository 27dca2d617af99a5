package hotline.request;

import hotline.diagnostics.Diagnostic;
import hotline.yaml.YamlNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping of a request file, recording every problem as a
 * diagnostic instead of stopping at the first. Unknown keys are reported with a suggestion.
 */
final class Fields {
  private final YamlNode.Mapping mapping;
  private final String prefix;
  private final List<Diagnostic> problems;

  private Fields(YamlNode.Mapping mapping, String prefix, List<Diagnostic> problems) {
    this.mapping = mapping;
    this.prefix = prefix;
    this.problems = problems;
  }

  /**
   * Opens a node as a mapping with the given keys; a node that is not a mapping is reported.
   *
   * @param prefix the path of the mapping for messages ("" at a request, "trunk." inside it)
   */
  static Optional<Fields> of(YamlNode node, String field, Set<String> keys, String prefix, List<Diagnostic> problems) {
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(new Diagnostic(node.position(), field, "expected a mapping of " + String.join(", ", keys) + ", but got " + node.kind()));
      return Optional.empty();
    }
    for (YamlNode.Entry e : m.entries()) {
      if (!keys.contains(e.key().text())) {
        problems.add(
            new Diagnostic(
                e.key().position(),
                prefix + e.key().text(),
                "expected one of the keys " + String.join(", ", keys) + ", but got '" + e.key().text() + "'" + Suggestions.hint(e.key().text(), keys)));
      }
    }
    return Optional.of(new Fields(m, prefix, problems));
  }

  YamlNode.Mapping mapping() {
    return mapping;
  }

  String path(String key) {
    return prefix + key;
  }

  void problem(YamlNode at, String key, String message) {
    problems.add(new Diagnostic(at.position(), path(key), message));
  }

  /** The node of a key; a missing required key is reported at the mapping. */
  Optional<YamlNode> node(String key, boolean required) {
    Optional<YamlNode> node = mapping.entry(key).map(YamlNode.Entry::value);
    if (node.isEmpty() && required) {
      problems.add(new Diagnostic(mapping.position(), path(key), "expected the field '" + path(key) + "', but it is missing"));
    }
    return node;
  }

  /** A text value; lists, mappings and empty values are reported. */
  Optional<YamlNode.Scalar> scalar(String key, boolean required) {
    Optional<YamlNode> node = node(key, required);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlNode.Scalar s) || s.isNull()) {
      String expected = node.get() instanceof YamlNode.Scalar ? "a value" : "a single value";
      problem(node.get(), key, "expected " + expected + ", but got " + node.get().kind());
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** A text value with full-width characters normalised (digits, '-', spaces) and ends trimmed. */
  Optional<String> normalText(String key, boolean required) {
    return scalar(key, required).map(s -> normal(s.text()));
  }

  /** A whole number in a range. */
  Optional<Integer> integer(String key, boolean required, int min, int max, String what) {
    Optional<YamlNode.Scalar> s = scalar(key, required);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String text = normal(s.get().text());
    if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
      problem(s.get(), key, "expected " + what + ", but got '" + s.get().text() + "'");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  /** {@code true} or {@code false}, nothing else. */
  Optional<Boolean> bool(String key) {
    Optional<YamlNode.Scalar> s = scalar(key, false);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    return switch (s.get().text()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        problem(s.get(), key, "expected true or false, but got '" + s.get().text() + "'");
        yield Optional.empty();
      }
    };
  }

  /** A date written YYYY-MM-DD. */
  Optional<LocalDate> date(String key) {
    Optional<YamlNode.Scalar> s = scalar(key, false);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String text = normal(s.get().text());
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      problem(s.get(), key, "expected a date YYYY-MM-DD, but got '" + s.get().text() + "'");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problem(s.get(), key, "expected a calendar date YYYY-MM-DD, but got '" + s.get().text() + "', which does not exist");
      return Optional.empty();
    }
  }

  /** One of a set of names, mapped to its value. */
  <T> Optional<T> choice(String key, boolean required, Collection<String> names, Function<String, Optional<T>> byName) {
    Optional<YamlNode.Scalar> s = scalar(key, required);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> value = byName.apply(s.get().text());
    if (value.isEmpty()) {
      problem(s.get(), key, "expected one of " + String.join(", ", names) + ", but got '" + s.get().text() + "'" + Suggestions.hint(s.get().text(), names));
    }
    return value;
  }

  /** A list of text values; each non-text item is reported. */
  Optional<List<YamlNode.Scalar>> scalarList(String key) {
    Optional<YamlNode> node = node(key, false);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlNode.Sequence seq)) {
      problem(node.get(), key, "expected a list, but got " + node.get().kind());
      return Optional.empty();
    }
    List<YamlNode.Scalar> items = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Scalar s && !s.isNull()) {
        items.add(s);
      } else {
        problem(item, key, "expected a number in the list, but got " + item.kind());
      }
    }
    return Optional.of(items);
  }

  /** Full-width forms to ASCII (NFKC), ends trimmed. */
  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
  }
}
