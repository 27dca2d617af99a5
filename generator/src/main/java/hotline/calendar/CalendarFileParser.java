package hotline.calendar;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one calendar file into year blocks. Works on the YAML node tree so that every problem
 * carries its line and column; all problems of the file are added to the shared list, and only
 * blocks without problems are returned.
 */
final class CalendarFileParser {

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Set<String> TOP_KEYS = Set.of("years");
  private static final Set<String> YEAR_KEYS = Set.of("year", "notice", "holidays", "workdays");
  private static final Set<String> HOLIDAY_KEYS = Set.of("name", "from", "to");

  private final String file;
  private final List<Diagnostic> problems;

  CalendarFileParser(String file, List<Diagnostic> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Returns the valid year blocks of {@code text}, adding every problem to the shared list. */
  List<LocatedYear> parse(String text) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      problems.add(new Diagnostic(file, line, column, "yaml", malformed(e.getProblem())));
      return List.of();
    } catch (YAMLException e) {
      problems.add(new Diagnostic(file, 0, 0, "yaml", malformed(e.getMessage())));
      return List.of();
    }
    if (root == null) {
      problems.add(
          new Diagnostic(
              file, 0, 0, "years", "expected a list of year blocks, but got an empty file"));
      return List.of();
    }
    return mapping(root, "file", "a mapping with the key 'years'")
        .map(top -> fields(top, "", TOP_KEYS))
        .flatMap(top -> required(top, root, "", "years", "a list of year blocks"))
        .map(this::years)
        .orElse(List.of());
  }

  private List<LocatedYear> years(Node node) {
    List<Node> blocks = sequence(node, "years", "a list of year blocks").orElse(List.of());
    if (blocks.isEmpty()) {
      return List.of();
    }
    List<LocatedYear> years = new ArrayList<>();
    Map<Integer, Integer> firstLines = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      yearBlock(blocks.get(i), "years[" + i + "]", firstLines).ifPresent(years::add);
    }
    return years;
  }

  /**
   * Returns the block if it has no problems; {@code firstLines} maps each year seen in the file to
   * the line of its first block.
   */
  private Optional<LocatedYear> yearBlock(
      Node node, String path, Map<Integer, Integer> firstLines) {
    int before = problems.size();
    Optional<MappingNode> block =
        mapping(node, path, "a year block with year, notice, holidays and workdays");
    if (block.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> f = fields(block.get(), path, YEAR_KEYS);
    Optional<Node> yearNode = required(f, node, path, "year", "a year such as 2027");
    Optional<Integer> year = yearNode.flatMap(n -> year(n, path + ".year"));
    year.ifPresent(y -> requireFirst(y, yearNode.get(), path + ".year", firstLines));
    Optional<String> notice =
        required(f, node, path, "notice", "the title of the State Council notice")
            .flatMap(n -> text(n, path + ".notice", "the title of the State Council notice"));
    Map<LocalDate, String> daysOff = new HashMap<>();
    List<Holiday> holidays =
        required(f, node, path, "holidays", "a list of holidays")
            .map(n -> holidays(n, path + ".holidays", year, daysOff))
            .orElse(List.of());
    List<LocalDate> workdays =
        required(f, node, path, "workdays", "a list of adjusted working days ([] for none)")
            .map(n -> workdays(n, path + ".workdays", year, daysOff))
            .orElse(List.of());
    if (problems.size() > before || year.isEmpty() || notice.isEmpty()) {
      return Optional.empty();
    }
    Mark mark = yearNode.get().getStartMark();
    return Optional.of(
        new LocatedYear(
            new CalendarYear(year.get(), notice.get(), holidays, workdays),
            file,
            mark.getLine() + 1,
            mark.getColumn() + 1,
            path + ".year"));
  }

  private void requireFirst(int year, Node node, String path, Map<Integer, Integer> firstLines) {
    int line = node.getStartMark().getLine() + 1;
    Integer first = firstLines.putIfAbsent(year, line);
    if (first != null) {
      error(
          node,
          path,
          "expected each year once in a file, but got '"
              + year
              + "' again (first at line "
              + first
              + ")");
    }
  }

  private List<Holiday> holidays(
      Node node, String path, Optional<Integer> year, Map<LocalDate, String> daysOff) {
    List<Node> entries = sequence(node, path, "a list of holidays").orElse(List.of());
    if (entries.isEmpty()) {
      error(node, path, "expected at least one holiday, but got '" + shown(node) + "'");
    }
    List<Holiday> holidays = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      holiday(entries.get(i), path + "[" + i + "]", year, daysOff).ifPresent(holidays::add);
    }
    return holidays;
  }

  private Optional<Holiday> holiday(
      Node node, String path, Optional<Integer> year, Map<LocalDate, String> daysOff) {
    String expected = "a holiday {name: ..., from: yyyy-mm-dd, to: yyyy-mm-dd}";
    Optional<MappingNode> entry = mapping(node, path, expected);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> f = fields(entry.get(), path, HOLIDAY_KEYS);
    Optional<String> name =
        required(f, node, path, "name", "the holiday's name")
            .flatMap(n -> text(n, path + ".name", "the holiday's name"));
    Optional<LocalDate> from =
        required(f, node, path, "from", "the first day off")
            .flatMap(n -> date(n, path + ".from", year));
    Optional<Node> toNode = required(f, node, path, "to", "the last day off");
    Optional<LocalDate> to = toNode.flatMap(n -> date(n, path + ".to", year));
    if (name.isEmpty() || from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (to.get().isBefore(from.get())) {
      error(
          toNode.get(),
          path + ".to",
          "expected a date on or after from " + from.get() + ", but got '" + to.get() + "'");
      return Optional.empty();
    }
    Holiday holiday = new Holiday(name.get(), from.get(), to.get());
    holiday
        .days()
        .forEach(
            day -> {
              String other = daysOff.putIfAbsent(day, holiday.name());
              if (other != null) {
                error(
                    node,
                    path,
                    "expected each day in one holiday only, but got '"
                        + day
                        + "' also in "
                        + other);
              }
            });
    return Optional.of(holiday);
  }

  private List<LocalDate> workdays(
      Node node, String path, Optional<Integer> year, Map<LocalDate, String> daysOff) {
    List<Node> entries =
        sequence(node, path, "a list of adjusted working days ([] for none)").orElse(List.of());
    List<LocalDate> workdays = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Node entry = entries.get(i);
      String field = path + "[" + i + "]";
      Optional<LocalDate> parsed = date(entry, field, year);
      if (parsed.isEmpty()) {
        continue;
      }
      LocalDate day = parsed.get();
      if (!CalendarYear.isWeekend(day)) {
        error(
            entry,
            field,
            "expected a Saturday or Sunday made a working day, but got '"
                + day
                + "' ("
                + day.getDayOfWeek()
                + ")");
      } else if (daysOff.containsKey(day)) {
        error(
            entry,
            field,
            "expected a day outside the holidays, but got '"
                + day
                + "' (in "
                + daysOff.get(day)
                + ")");
      } else if (workdays.contains(day)) {
        error(entry, field, "expected each working day once, but got '" + day + "' twice");
      } else {
        workdays.add(day);
      }
    }
    return workdays;
  }

  private Optional<Integer> year(Node node, String path) {
    return scalar(node, path, "a year such as 2027")
        .filter(
            value -> {
              boolean ok = YEAR.matcher(value).matches();
              if (!ok) {
                error(node, path, "expected a year such as 2027, but got '" + value + "'");
              }
              return ok;
            })
        .map(Integer::valueOf);
  }

  private Optional<LocalDate> date(Node node, String path, Optional<Integer> year) {
    Optional<String> value = scalar(node, path, "a date yyyy-mm-dd");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day;
    try {
      day = DATE.matcher(value.get()).matches() ? LocalDate.parse(value.get()) : null;
    } catch (DateTimeParseException e) {
      day = null;
    }
    if (day == null) {
      error(node, path, "expected a date yyyy-mm-dd, but got '" + value.get() + "'");
      return Optional.empty();
    }
    if (year.isPresent() && day.getYear() != year.get()) {
      error(node, path, "expected a date in " + year.get() + ", but got '" + day + "'");
      return Optional.empty();
    }
    return Optional.of(day);
  }

  private Optional<String> text(Node node, String path, String expected) {
    return scalar(node, path, expected)
        .filter(
            value -> {
              if (value.isBlank()) {
                error(node, path, "expected " + expected + ", but got '" + value + "'");
              }
              return !value.isBlank();
            });
  }

  private Optional<String> scalar(Node node, String path, String expected) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    error(node, path, "expected " + expected + ", but got '" + shown(node) + "'");
    return Optional.empty();
  }

  private Optional<List<Node>> sequence(Node node, String path, String expected) {
    if (node instanceof SequenceNode sequence) {
      return Optional.of(sequence.getValue());
    }
    error(node, path, "expected " + expected + ", but got '" + shown(node) + "'");
    return Optional.empty();
  }

  private Optional<MappingNode> mapping(Node node, String path, String expected) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(mapping);
    }
    error(node, path, "expected " + expected + ", but got '" + shown(node) + "'");
    return Optional.empty();
  }

  /** Returns the mapping's known fields by key; reports unknown, repeated and non-text keys. */
  private Map<String, Node> fields(MappingNode node, String path, Set<String> allowed) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : shown(keyNode);
      String field = path.isEmpty() ? key : path + "." + key;
      if (!allowed.contains(key)) {
        error(
            keyNode,
            field,
            "expected one of "
                + String.join(", ", allowed.stream().sorted().toList())
                + ", but got '"
                + key
                + "'");
      } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
        error(keyNode, field, "expected each key once, but got '" + key + "' again");
      }
    }
    return fields;
  }

  private Optional<Node> required(
      Map<String, Node> fields, Node owner, String path, String key, String expected) {
    Node value = fields.get(key);
    if (value == null) {
      String field = path.isEmpty() ? key : path + "." + key;
      error(owner, field, "expected " + expected + ", but got nothing");
    }
    return Optional.ofNullable(value);
  }

  private void error(Node node, String field, String message) {
    Mark mark = node.getStartMark();
    problems.add(new Diagnostic(file, mark.getLine() + 1, mark.getColumn() + 1, field, message));
  }

  private static String malformed(String problem) {
    return "expected well-formed YAML, but got '" + problem + "'";
  }

  private static String shown(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    return node instanceof SequenceNode ? "[...]" : "{...}";
  }
}
