package hotline.target.zte.check;

import hotline.target.zte.check.ZteCommands.Action;
import hotline.target.zte.check.ZteCommands.Command;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a set of ZTE MML scripts (activate, pre-check, rollback) before anyone runs them on a
 * switch. The rules:
 *
 * <ol>
 *   <li>every line parses ({@link MmlScript}) and runs a known command ({@link ZteCommands});
 *   <li>activate only adds, pre-check only displays, rollback only removes (plus {@code SYN} and
 *       {@code // requires} lines);
 *   <li>every reference in activate names an object added earlier in the same request's section,
 *       or one that section requires to exist already: sections run alone;
 *   <li>no object is added twice, nor added while required: two requests never share an index or
 *       an analysed prefix;
 *   <li>each section of activate and rollback ends with {@code SYN:DATABASE="ALL";};
 *   <li>pre-check displays every object activate adds, and nothing activate neither adds nor
 *       requires;
 *   <li>rollback removes exactly the objects activate adds, each in the section of the request
 *       that added it, in the reverse order.
 * </ol>
 */
public final class ZteScriptChecker {
  /** The script files, by role. */
  public static final String ACTIVATE = "activate.mml";
  public static final String PRECHECK = "precheck.mml";
  public static final String ROLLBACK = "rollback.mml";

  /** Checks the three scripts; an empty list means they pass. */
  public List<Problem> check(String activate, String precheck, String rollback) {
    List<Problem> problems = new ArrayList<>();
    MmlScript a = parse(ACTIVATE, activate, problems);
    MmlScript p = parse(PRECHECK, precheck, problems);
    MmlScript r = parse(ROLLBACK, rollback, problems);
    Map<ObjectKey, MmlStatement> required = new LinkedHashMap<>();
    Map<ObjectKey, MmlStatement> added = new LinkedHashMap<>();
    activate(a, required, added, problems);
    endsWithSync(a, problems);
    endsWithSync(r, problems);
    precheck(p, required, added, problems);
    rollback(r, added, problems);
    return problems;
  }

  private static MmlScript parse(String file, String text, List<Problem> problems) {
    MmlScript script = MmlScript.parse(file, text);
    problems.addAll(script.problems());
    return script;
  }

  /** The statements of a script whose command is known and allowed there, with their commands. */
  private static List<Map.Entry<MmlStatement, Command>> commands(MmlScript script, Set<Action> allowed, List<Problem> problems) {
    List<Map.Entry<MmlStatement, Command>> out = new ArrayList<>();
    for (MmlStatement s : script.statements()) {
      Optional<Command> c = ZteCommands.of(s);
      if (c.isEmpty()) {
        problems.add(problem(s, "expected a known ZTE command, but got '" + s.command() + "'"));
      } else if (!allowed.contains(c.get().action())) {
        problems.add(problem(s, "expected only " + allowed + " commands in " + script.file() + ", but got '" + s.command() + "'"));
      } else if (c.get().action() != Action.REQUIRE && c.get().action() != Action.SYNC && s.section().isEmpty()) {
        problems.add(problem(s, "expected '" + s.command() + "' inside a request's section, but it comes before the first one"));
      } else {
        out.add(Map.entry(s, c.get()));
      }
    }
    return out;
  }

  private static Optional<ObjectKey> key(Command c, MmlStatement s, List<Problem> problems) {
    try {
      return Optional.of(ZteCommands.key(c, s));
    } catch (IllegalArgumentException e) {
      problems.add(problem(s, e.getMessage()));
      return Optional.empty();
    }
  }

  private static void activate(MmlScript script, Map<ObjectKey, MmlStatement> required, Map<ObjectKey, MmlStatement> added, List<Problem> problems) {
    for (Map.Entry<MmlStatement, Command> e : commands(script, EnumSet.of(Action.ADD, Action.REQUIRE, Action.SYNC), problems)) {
      MmlStatement s = e.getKey();
      Command c = e.getValue();
      if (c.action() == Action.SYNC) {
        continue;
      }
      Optional<ObjectKey> k = key(c, s, problems);
      if (k.isEmpty()) {
        continue;
      }
      if (c.action() == Action.REQUIRE) {
        required.putIfAbsent(k.get(), s);
        continue;
      }
      ZteCommands.references(c, s).forEach((param, target) -> resolve(s, param, target, required, added, problems));
      MmlStatement earlier = added.get(k.get());
      if (earlier != null) {
        problems.add(problem(s, "expected a new " + k.get() + ", but " + earlier.where() + " (request " + earlier.section() + ") adds it already: two requests collide on this index or prefix"));
      } else if (required.containsKey(k.get())) {
        problems.add(problem(s, "expected to add objects that do not exist yet, but " + k.get() + " is required to exist at " + required.get(k.get()).where()));
      } else {
        added.put(k.get(), s);
      }
    }
  }

  private static void resolve(MmlStatement s, String param, ObjectKey target, Map<ObjectKey, MmlStatement> required, Map<ObjectKey, MmlStatement> added, List<Problem> problems) {
    MmlStatement by = added.containsKey(target) ? added.get(target) : required.get(target);
    if (by == null) {
      problems.add(problem(s, "expected " + param + " to name an object added earlier or required, but no " + target + " is (dangling reference)"));
    } else if (!by.section().equals(s.section())) {
      problems.add(problem(s, "expected " + param + " to name an object of request " + s.section() + "'s own section (sections run alone), but " + target + " comes from request " + by.section() + " at " + by.where()));
    }
  }

  private static void endsWithSync(MmlScript script, List<Problem> problems) {
    Map<String, MmlStatement> last = new LinkedHashMap<>();
    for (MmlStatement s : script.statements()) {
      if (!s.verb().equals("REQUIRE") && !s.section().isEmpty()) {
        last.put(s.section(), s);
      }
    }
    for (MmlStatement s : last.values()) {
      if (!(s.command().equals("SYN") && "ALL".equals(s.value("DATABASE").orElse("")))) {
        problems.add(problem(s, "expected the section of request " + s.section() + " to end with SYN:DATABASE=\"ALL\";, but it ends with '" + s.command() + "'"));
      }
    }
  }

  private static void precheck(MmlScript script, Map<ObjectKey, MmlStatement> required, Map<ObjectKey, MmlStatement> added, List<Problem> problems) {
    Set<ObjectKey> shown = new HashSet<>();
    for (Map.Entry<MmlStatement, Command> e : commands(script, EnumSet.of(Action.SHOW, Action.REQUIRE), problems)) {
      if (e.getValue().action() == Action.REQUIRE) {
        continue;
      }
      Optional<ObjectKey> k = key(e.getValue(), e.getKey(), problems);
      if (k.isEmpty()) {
        continue;
      }
      shown.add(k.get());
      if (!added.containsKey(k.get()) && !required.containsKey(k.get())) {
        problems.add(problem(e.getKey(), "expected pre-check to display objects activate adds or requires, but activate neither adds nor requires " + k.get()));
      }
    }
    added.forEach((k, s) -> {
      if (!shown.contains(k)) {
        problems.add(problem(s, "expected pre-check to display " + k + ", which activate adds here, but it does not"));
      }
    });
  }

  private static void rollback(MmlScript script, Map<ObjectKey, MmlStatement> added, List<Problem> problems) {
    Map<ObjectKey, MmlStatement> removed = new LinkedHashMap<>();
    for (Map.Entry<MmlStatement, Command> e : commands(script, EnumSet.of(Action.REMOVE, Action.REQUIRE, Action.SYNC), problems)) {
      if (e.getValue().action() != Action.REMOVE) {
        continue;
      }
      MmlStatement s = e.getKey();
      Optional<ObjectKey> k = key(e.getValue(), s, problems);
      if (k.isEmpty()) {
        continue;
      }
      MmlStatement adds = added.get(k.get());
      if (removed.containsKey(k.get())) {
        problems.add(problem(s, "expected " + k.get() + " to be removed once, but " + removed.get(k.get()).where() + " removes it already"));
      } else if (adds == null) {
        problems.add(problem(s, "expected rollback to remove only what activate adds, but activate does not add " + k.get()));
      } else if (!adds.section().equals(s.section())) {
        problems.add(problem(s, "expected " + k.get() + " to be removed in the section of request " + adds.section() + ", which adds it, but it is removed in request " + s.section() + "'s"));
        removed.put(k.get(), s);
      } else {
        removed.put(k.get(), s);
      }
    }
    boolean complete = true;
    for (Map.Entry<ObjectKey, MmlStatement> e : added.entrySet()) {
      if (!removed.containsKey(e.getKey())) {
        problems.add(problem(e.getValue(), "expected rollback to remove " + e.getKey() + ", which activate adds here, but it does not"));
        complete = false;
      }
    }
    if (complete && removed.size() == added.size()) {
      order(new ArrayList<>(removed.entrySet()), new ArrayList<>(added.entrySet()), problems);
    }
  }

  /** Reports the first removal out of the reverse order of activate. */
  private static void order(List<Map.Entry<ObjectKey, MmlStatement>> removed, List<Map.Entry<ObjectKey, MmlStatement>> added, List<Problem> problems) {
    Collections.reverse(added);
    for (int i = 0; i < removed.size(); i++) {
      if (!removed.get(i).getKey().equals(added.get(i).getKey())) {
        Map.Entry<ObjectKey, MmlStatement> expected = added.get(i);
        problems.add(problem(removed.get(i).getValue(), "expected the reverse order of activate: " + expected.getKey() + " (added at " + expected.getValue().where()
            + ") removed here, but got " + removed.get(i).getKey()));
        return;
      }
    }
  }

  private static Problem problem(MmlStatement s, String message) {
    return new Problem(s.file(), s.line(), s.section(), message);
  }
}
