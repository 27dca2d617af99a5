package hotline.yaml;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.InvalidInputException;
import hotline.diagnostics.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Reads one YAML document into a {@link YamlNode} tree, from SnakeYAML's event stream: nothing is
 * constructed but plain text, lists and mappings, so no Java type can be named from a file.
 *
 * <p>Refuses what a request never needs and an attacker would use: anchors and aliases (alias
 * bombs), tags, more than one document, nesting deeper than {@value #MAX_DEPTH}, duplicate keys and
 * non-scalar keys. Size and encoding are checked before by {@link SourceText}.
 */
public final class YamlReader {
  /** Requests nest four levels deep; anything far beyond is hostile. */
  public static final int MAX_DEPTH = 16;

  /** How SnakeYAML spells the {@code !!} shorthand. */
  private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

  private final SourceText source;
  private final List<Diagnostic> problems = new ArrayList<>();
  private Iterator<Event> events;

  private YamlReader(SourceText source) {
    this.source = source;
  }

  /**
   * Reads the document of a source text.
   *
   * @return the root node, or an empty mapping for an empty file
   * @throws InvalidInputException on a syntax error or a refused construct
   */
  public static YamlNode read(SourceText source) throws InvalidInputException {
    return new YamlReader(source).readDocument();
  }

  private YamlNode readDocument() throws InvalidInputException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH + 4);
    options.setCodePointLimit(SourceText.MAX_BYTES + 1);
    options.setProcessComments(false);
    Yaml yaml = new Yaml(options);
    YamlNode root;
    try {
      events = yaml.parse(new StringReader(source.text())).iterator();
      root = null;
      int documents = 0;
      while (events.hasNext()) {
        Event e = events.next();
        if (e instanceof DocumentStartEvent) {
          documents++;
          if (documents > 1) {
            problems.add(at(e.getStartMark(), "", "expected one YAML document, but got a second '---'"));
            break;
          }
          root = node(events.next(), 1);
        }
      }
    } catch (TooDeep e) {
      throw new InvalidInputException(problems);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(at(mark, "", syntaxMessage(e)));
      throw new InvalidInputException(problems);
    } catch (YAMLException e) {
      problems.add(
          new Diagnostic(
              SourcePosition.ofFile(source.name()), "", "expected valid YAML, but got: " + oneLine(e.getMessage())));
      throw new InvalidInputException(problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return root != null ? root : new YamlNode.Mapping(List.of(), SourcePosition.ofFile(source.name()));
  }

  private YamlNode node(Event e, int depth) {
    if (depth > MAX_DEPTH) {
      // Stop reading here: SnakeYAML's scanner takes time quadratic in the depth of flow
      // collections ("[[[[..."), so consuming a hostile rest of the file would hang.
      problems.add(at(e.getStartMark(), "", "expected at most " + MAX_DEPTH + " levels of nesting, but got more"));
      throw new TooDeep();
    }
    if (e instanceof AliasEvent) {
      problems.add(at(e.getStartMark(), "", "expected plain values, but got an alias '*" + ((AliasEvent) e).getAnchor() + "' (anchors and aliases are not allowed)"));
      return scalarPlaceholder(e);
    }
    if (e instanceof NodeEvent n && n.getAnchor() != null) {
      problems.add(at(e.getStartMark(), "", "expected plain values, but got an anchor '&" + n.getAnchor() + "' (anchors and aliases are not allowed)"));
    }
    if (e instanceof ScalarEvent s) {
      checkTag(s.getTag(), e);
      boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      return new YamlNode.Scalar(s.getValue(), plain, position(e.getStartMark()));
    }
    if (e instanceof SequenceStartEvent s) {
      checkTag(s.getTag(), e);
      List<YamlNode> items = new ArrayList<>();
      for (Event next = events.next(); !next.is(Event.ID.SequenceEnd); next = events.next()) {
        items.add(node(next, depth + 1));
      }
      return new YamlNode.Sequence(items, position(e.getStartMark()));
    }
    if (e instanceof MappingStartEvent m) {
      checkTag(m.getTag(), e);
      return mapping(m, depth);
    }
    throw new IllegalStateException("unexpected YAML event " + e);
  }

  private YamlNode mapping(MappingStartEvent start, int depth) {
    List<YamlNode.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Event next = events.next(); !next.is(Event.ID.MappingEnd); next = events.next()) {
      YamlNode key = node(next, depth + 1);
      YamlNode value = node(events.next(), depth + 1);
      if (!(key instanceof YamlNode.Scalar k)) {
        problems.add(new Diagnostic(key.position(), "", "expected a plain key, but got " + key.kind()));
        continue;
      }
      if (!keys.add(k.text())) {
        problems.add(new Diagnostic(k.position(), k.text(), "expected each key once in a mapping, but got '" + k.text() + "' again"));
        continue;
      }
      entries.add(new YamlNode.Entry(k, value));
    }
    return new YamlNode.Mapping(entries, position(start.getStartMark()));
  }

  private void checkTag(String tag, Event e) {
    if (tag != null && !tag.equals("!")) {
      String written = tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : tag;
      problems.add(at(e.getStartMark(), "", "expected untagged values, but got the tag '" + written + "'"));
    }
  }

  /** SnakeYAML's message, said in the diagnostics' shape; a tab gets its own plain message. */
  private String syntaxMessage(MarkedYAMLException e) {
    String problem = oneLine(e.getProblem());
    if (problem.contains("\\t(TAB)")) {
      return "expected spaces for indentation, but got a tab";
    }
    Mark context = e.getContextMark();
    String where =
        e.getContext() == null
            ? ""
            : oneLine(e.getContext()) + (context == null ? "" : " at " + (context.getLine() + 1) + ":" + (context.getColumn() + 1)) + ": ";
    return "expected valid YAML, but got a syntax error (" + where + problem + ")";
  }

  private YamlNode.Scalar scalarPlaceholder(Event e) {
    return new YamlNode.Scalar("", true, position(e.getStartMark()));
  }

  private Diagnostic at(Mark mark, String field, String message) {
    return new Diagnostic(position(mark), field, message);
  }

  private SourcePosition position(Mark mark) {
    if (mark == null) {
      return SourcePosition.ofFile(source.name());
    }
    return new SourcePosition(source.name(), mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String oneLine(String s) {
    return s == null ? "a syntax error" : s.replaceAll("\\s+", " ").trim();
  }

  /** Ends reading at a node nested too deep; its diagnostic is already recorded. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }
}
