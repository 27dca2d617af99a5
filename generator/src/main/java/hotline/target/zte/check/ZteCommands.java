package hotline.target.zte.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ZTE MML commands the zte-softswitch target writes: for each, the kind of object it adds,
 * removes or displays, that kind's key parameters, and which parameters refer to other objects.
 * Several commands name one kind differently: {@code ADD TPDNAL} adds and {@code DEL DNAL} removes
 * a called-number analysis entry (as seen in operator scripts); {@code ADD TG RTP} adds a trunk
 * group that {@code DEL TG} removes.
 */
public final class ZteCommands {
  /** What a command does to its object. */
  public enum Action {
    /** Adds the object (ADD, or SET for per-subscriber service data). */
    ADD,
    /** Removes it. */
    REMOVE,
    /** Displays it. */
    SHOW,
    /** Says the object exists before the script runs ({@code // requires}). */
    REQUIRE,
    /** Synchronises the tables ({@code SYN:DATABASE="ALL";}); no object. */
    SYNC
  }

  /**
   * A parameter that names another object.
   *
   * @param param the parameter name, a regular expression ({@code RTS[0-9]+})
   * @param kind the kind of object it names
   * @param field for a {@code -}-separated value, the 0-based field holding the key; -1 for the
   *     whole value
   */
  public record Reference(Pattern param, String kind, int field) {
    /** The key value the parameter's value names. */
    public String target(String value) {
      if (field < 0) {
        return value;
      }
      String[] parts = value.split("-");
      return field < parts.length ? parts[field] : "";
    }
  }

  /**
   * One command.
   *
   * @param command verb and object, {@code ADD TG RTP}
   * @param action what it does
   * @param kind the kind of object
   * @param references the parameters naming other objects
   */
  public record Command(String command, Action action, String kind, List<Reference> references) {
    public Command {
      references = List.copyOf(references);
    }
  }

  /** The key parameters of each kind. */
  private static final Map<String, List<String>> KEYS = Map.ofEntries(
      Map.entry("ENTR", List.of("ENTR")),
      Map.entry("SBR", List.of("PUI")),
      Map.entry("ADJOFC", List.of("ID")),
      Map.entry("TG", List.of("TG")),
      Map.entry("RT", List.of("RT")),
      Map.entry("RTS", List.of("RTS")),
      Map.entry("CHAIN", List.of("CHAIN")),
      Map.entry("DDI", List.of("DDI")),
      Map.entry("DNAL", List.of("ENTR", "DIGIT")),
      Map.entry("CALLGROUP", List.of("GRPNO")),
      Map.entry("CALLGRPPSI", List.of("PSI")),
      Map.entry("FA", List.of("PUI")),
      Map.entry("CACPROFILE", List.of("CACPROFILEID")),
      Map.entry("DATABASE", List.of()));

  private static final Map<String, Command> COMMANDS = commands();

  private ZteCommands() {}

  /** The command a statement runs, if it is one of the known ones. */
  public static Optional<Command> of(MmlStatement s) {
    return Optional.ofNullable(COMMANDS.get(s.command()));
  }

  /**
   * The key of the object a statement names.
   *
   * @throws IllegalArgumentException naming the missing key parameter
   */
  public static ObjectKey key(Command c, MmlStatement s) {
    List<String> parts = new ArrayList<>();
    for (String p : KEYS.get(c.kind())) {
      String v = s.value(p).orElseThrow(() -> new IllegalArgumentException("expected the key parameter " + p + " in " + s.command() + ", but it is missing"));
      parts.add(p + "=" + v);
    }
    return new ObjectKey(c.kind(), String.join(",", parts));
  }

  /** The key a reference names: a one-parameter kind keyed by the referenced value. */
  public static ObjectKey referenced(Reference r, String value) {
    List<String> keys = KEYS.get(r.kind());
    return new ObjectKey(r.kind(), keys.get(0) + "=" + r.target(MmlStatement.unquoted(value)));
  }

  /** The references of a statement, parameter name → referenced key, in written order. */
  public static Map<String, ObjectKey> references(Command c, MmlStatement s) {
    return s.params().entrySet().stream()
        .flatMap(e -> c.references().stream().filter(r -> r.param().matcher(e.getKey()).matches()).map(r -> Map.entry(e.getKey(), referenced(r, e.getValue()))))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Map<String, Command> commands() {
    List<Command> all = List.of(
        add("ADD ADJOFC", "ADJOFC"),
        add("ADD TG RTP", "TG", ref("OFC", "ADJOFC")),
        add("ADD RT", "RT", ref("TG", "TG")),
        // RTINFO=1-<route>-0-0-255: the second field names the route (seen form, meaning inferred)
        add("ADD RTS", "RTS", new Reference(Pattern.compile("RTINFO"), "RT", 1)),
        add("ADD CHAIN", "CHAIN", ref("RTS[0-9]+", "RTS")),
        add("ADD DDI", "DDI"),
        add("ADD TPDNAL", "DNAL", ref("ENTR", "ENTR"), ref("RST[0-9]+", "CHAIN"), ref("TPDDI", "DDI")),
        add("ADD CALLGROUP", "CALLGROUP"),
        add("ADD CALLGRPPSI", "CALLGRPPSI", ref("GRPNO", "CALLGROUP")),
        add("SET OSU FA", "FA", ref("PUI", "SBR"), ref("PILOT", "CALLGRPPSI")),
        add("ADD CAC PROFILE", "CACPROFILE"),
        other("DEL ADJOFC", Action.REMOVE, "ADJOFC"),
        other("DEL TG", Action.REMOVE, "TG"),
        other("DEL RT", Action.REMOVE, "RT"),
        other("DEL RTS", Action.REMOVE, "RTS"),
        other("DEL CHAIN", Action.REMOVE, "CHAIN"),
        other("DEL DDI", Action.REMOVE, "DDI"),
        other("DEL DNAL", Action.REMOVE, "DNAL"),
        other("DEL CALLGROUP", Action.REMOVE, "CALLGROUP"),
        other("DEL CALLGRPPSI", Action.REMOVE, "CALLGRPPSI"),
        other("DEL OSU FA", Action.REMOVE, "FA"),
        other("DEL CAC PROFILE", Action.REMOVE, "CACPROFILE"),
        other("SHOW ENTR", Action.SHOW, "ENTR"),
        other("SHOW OSU SBR", Action.SHOW, "SBR"),
        other("SHOW ADJOFC", Action.SHOW, "ADJOFC"),
        other("SHOW TG", Action.SHOW, "TG"),
        other("SHOW RT", Action.SHOW, "RT"),
        other("SHOW RTS", Action.SHOW, "RTS"),
        other("SHOW CHAIN", Action.SHOW, "CHAIN"),
        other("SHOW DDI", Action.SHOW, "DDI"),
        other("SHOW DNAL", Action.SHOW, "DNAL"),
        other("SHOW CALLGROUP", Action.SHOW, "CALLGROUP"),
        other("SHOW CALLGROUPPUI", Action.SHOW, "CALLGRPPSI"),
        other("SHOW OSU FA", Action.SHOW, "FA"),
        other("SHOW CAC PROFILE", Action.SHOW, "CACPROFILE"),
        other("REQUIRE ENTR", Action.REQUIRE, "ENTR"),
        other("REQUIRE OSU SBR", Action.REQUIRE, "SBR"),
        other("SYN", Action.SYNC, "DATABASE"));
    return all.stream().collect(Collectors.toUnmodifiableMap(Command::command, c -> c));
  }

  private static Command add(String command, String kind, Reference... references) {
    return new Command(command, Action.ADD, kind, List.of(references));
  }

  private static Command other(String command, Action action, String kind) {
    return new Command(command, action, kind, List.of());
  }

  private static Reference ref(String param, String kind) {
    return new Reference(Pattern.compile(param), kind, -1);
  }
}
