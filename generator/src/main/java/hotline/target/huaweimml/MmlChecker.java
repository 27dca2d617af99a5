package hotline.target.huaweimml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The structural check of a target's three Huawei MML scripts. Rules:
 *
 * <ol>
 *   <li>each script parses ({@link MmlParser}) and has one section per request: activate and
 *       pre-check in request order, rollback in reverse order;
 *   <li>activate holds only {@code ADD} statements of known object types, each inside a section
 *       and with its key parameters;
 *   <li>every reference names an object added earlier <em>in the same section</em> (so a section
 *       runs alone) or declared pre-existing at the top ({@code /* assume ... *}{@code /});
 *   <li>no two objects take the same index or prefix (an object's key, a trunk group number, a
 *       route selection code, a circuit's termination, a charging code), across all requests and
 *       the declared pre-existing objects;
 *   <li>pre-check holds only {@code LST} statements naming exactly an object's key, one for every
 *       object activate adds, in the same section;
 *   <li>rollback holds only {@code RMV} statements naming exactly an object's key, removing what
 *       activate added and nothing else, in exactly the reverse order.
 * </ol>
 */
public final class MmlChecker {
  public static final String ACTIVATE = "activate.mml";
  public static final String PRECHECK = "precheck.mml";
  public static final String ROLLBACK = "rollback.mml";

  private final MmlSchema schema;

  public MmlChecker(MmlSchema schema) {
    this.schema = schema;
  }

  /** An object activate adds. */
  private record Added(MmlStatement statement, List<String> key) {}

  /** Who holds an entry of a name space: an added object, or a declaration. */
  private record Holder(String section, int line, boolean declared) {
    String describe() {
      return declared ? "declared pre-existing at " + ACTIVATE + ":" + line : "added by request " + section + " at " + ACTIVATE + ":" + line;
    }
  }

  /**
   * Checks the three scripts of one render.
   *
   * @param requests the request ids, in input order
   * @return every problem found, empty when the scripts pass
   */
  public List<MmlProblem> check(List<String> requests, String activate, String precheck, String rollback) {
    List<MmlProblem> problems = new ArrayList<>();
    Optional<MmlScript> a = parse(ACTIVATE, activate, problems);
    Optional<MmlScript> p = parse(PRECHECK, precheck, problems);
    Optional<MmlScript> r = parse(ROLLBACK, rollback, problems);
    List<String> reversed = IntStream.range(0, requests.size()).mapToObj(i -> requests.get(requests.size() - 1 - i)).toList();
    a.ifPresent(s -> sections(ACTIVATE, s, requests, problems));
    p.ifPresent(s -> sections(PRECHECK, s, requests, problems));
    r.ifPresent(s -> sections(ROLLBACK, s, reversed, problems));
    if (a.isEmpty()) {
      return problems;
    }
    List<Added> added = activate(a.get(), problems);
    p.ifPresent(s -> precheck(s, added, problems));
    r.ifPresent(s -> rollback(s, added, problems));
    return problems;
  }

  private static Optional<MmlScript> parse(String file, String text, List<MmlProblem> problems) {
    try {
      return Optional.of(MmlParser.parse(text));
    } catch (MmlSyntaxException e) {
      problems.add(new MmlProblem(file, e.line(), "", e.getMessage()));
      return Optional.empty();
    }
  }

  private static void sections(String file, MmlScript script, List<String> expected, List<MmlProblem> problems) {
    if (!script.sections().equals(expected)) {
      problems.add(new MmlProblem(file, 0, "", "expected request sections " + expected + ", but got " + script.sections()));
    }
  }

  private List<Added> activate(MmlScript script, List<MmlProblem> problems) {
    Map<String, Map<List<String>, Holder>> filled = new HashMap<>();
    for (Assumption decl : script.assumptions()) {
      Optional<List<String>> names = schema.space(decl.space());
      if (names.isEmpty()) {
        problems.add(new MmlProblem(ACTIVATE, decl.line(), "", "expected a known kind of object to assume, but got '" + decl.space() + "'"));
      } else if (!List.copyOf(decl.params().keySet()).equals(names.get())) {
        problems.add(new MmlProblem(ACTIVATE, decl.line(), "", "expected " + decl.space() + " to be declared by " + names.get() + ", but got " + decl.params().keySet()));
      } else {
        List<String> values = List.copyOf(decl.params().values());
        Holder previous = filled.computeIfAbsent(decl.space(), k -> new HashMap<>()).putIfAbsent(values, new Holder("", decl.line(), true));
        if (previous != null) {
          problems.add(new MmlProblem(ACTIVATE, decl.line(), "", "expected each pre-existing object declared once, but " + describe(decl.space(), values) + " is also " + previous.describe()));
        }
      }
    }
    List<Added> added = new ArrayList<>();
    for (MmlStatement st : script.statements()) {
      if (st.section().isEmpty()) {
        problems.add(problem(ACTIVATE, st, "expected every statement inside a request section, but " + st.command() + " comes before the first"));
      }
      if (!st.verb().equals("ADD")) {
        problems.add(problem(ACTIVATE, st, "expected only ADD statements in the activation (anything else cannot be undone by RMV), but got " + st.command()));
        continue;
      }
      Optional<ObjectRule> rule = schema.object(st.object());
      if (rule.isEmpty()) {
        problems.add(problem(ACTIVATE, st, "expected an object type the checker knows, but got " + st.object()));
        continue;
      }
      Optional<List<String>> key = st.values(rule.get().key());
      if (key.isEmpty()) {
        problems.add(problem(ACTIVATE, st, "expected " + st.command() + " to give its key " + rule.get().key() + ", but got " + st.params().keySet()));
        continue;
      }
      for (ObjectRule.Reference ref : rule.get().references()) {
        resolve(st, ref, filled).ifPresent(problems::add);
      }
      List<ObjectRule.Provide> fills = new ArrayList<>(rule.get().provides());
      fills.add(0, new ObjectRule.Provide(st.object(), rule.get().key()));
      for (ObjectRule.Provide fill : fills) {
        Optional<List<String>> values = st.values(fill.params());
        if (values.isEmpty()) {
          continue;
        }
        Holder previous = filled.computeIfAbsent(fill.space(), k -> new HashMap<>()).putIfAbsent(values.get(), new Holder(st.section(), st.line(), false));
        if (previous != null) {
          problems.add(problem(ACTIVATE, st, "expected " + describe(fill.space(), values.get()) + " to be free, but it is already " + previous.describe()));
        }
      }
      added.add(new Added(st, key.get()));
    }
    return added;
  }

  private Optional<MmlProblem> resolve(MmlStatement st, ObjectRule.Reference ref, Map<String, Map<List<String>, Holder>> filled) {
    List<String> present = ref.params().stream().filter(st.params()::containsKey).toList();
    if (present.isEmpty()) {
      return Optional.empty();
    }
    if (present.size() != ref.params().size()) {
      return Optional.of(problem(ACTIVATE, st, "expected " + ref.params() + " together, but got only " + present));
    }
    List<String> values = st.values(ref.params()).orElseThrow();
    if (ref.none().isPresent() && values.equals(List.of(ref.none().get()))) {
      return Optional.empty();
    }
    Holder holder = filled.getOrDefault(ref.space(), Map.of()).get(values);
    String what = ref.params().stream().map(p -> p + "=" + st.params().get(p)).collect(Collectors.joining(", "));
    if (holder == null) {
      return Optional.of(problem(ACTIVATE, st, "expected " + what + " to name a " + ref.space() + " added earlier in this section or declared pre-existing, but there is none"));
    }
    if (!holder.declared() && !holder.section().equals(st.section())) {
      return Optional.of(problem(ACTIVATE, st, "expected " + what + " to name a " + ref.space() + " of this request so its section runs alone, but it is " + holder.describe()));
    }
    return Optional.empty();
  }

  private void precheck(MmlScript script, List<Added> added, List<MmlProblem> problems) {
    Set<List<String>> listed = new HashSet<>();
    for (MmlStatement st : script.statements()) {
      if (!st.verb().equals("LST")) {
        problems.add(problem(PRECHECK, st, "expected only LST statements in the pre-check, but got " + st.command()));
        continue;
      }
      keyed(PRECHECK, st, problems).ifPresent(key -> listed.add(identity(st.section(), st.object(), key)));
    }
    for (Added a : added) {
      if (!listed.contains(identity(a.statement().section(), a.statement().object(), a.key()))) {
        problems.add(new MmlProblem(PRECHECK, 0, a.statement().section(),
            "expected LST " + describe(a.statement().object(), a.key()) + " to check what " + ACTIVATE + ":" + a.statement().line() + " adds, but there is none"));
      }
    }
  }

  private void rollback(MmlScript script, List<Added> added, List<MmlProblem> problems) {
    List<MmlStatement> removals = new ArrayList<>();
    for (MmlStatement st : script.statements()) {
      if (!st.verb().equals("RMV")) {
        problems.add(problem(ROLLBACK, st, "expected only RMV statements in the rollback, but got " + st.command()));
        continue;
      }
      removals.add(st);
    }
    int n = Math.min(removals.size(), added.size());
    for (int i = 0; i < n; i++) {
      Added undo = added.get(added.size() - 1 - i);
      MmlStatement st = removals.get(i);
      Optional<List<String>> key = keyed(ROLLBACK, st, problems);
      if (key.isEmpty()) {
        return;
      }
      if (!st.object().equals(undo.statement().object()) || !key.get().equals(undo.key()) || !st.section().equals(undo.statement().section())) {
        problems.add(problem(ROLLBACK, st, "expected RMV " + describe(undo.statement().object(), undo.key()) + " of request " + undo.statement().section()
            + " here (undoing " + ACTIVATE + ":" + undo.statement().line() + ", in reverse order), but got RMV " + describe(st.object(), key.get())
            + (st.section().isEmpty() ? "" : " of request " + st.section())));
        return;
      }
    }
    if (removals.size() != added.size()) {
      problems.add(new MmlProblem(ROLLBACK, 0, "", "expected one RMV per ADD of the activation (" + added.size() + "), but got " + removals.size()));
    }
  }

  /** The key of a LST or RMV, which must name exactly the object's key parameters. */
  private Optional<List<String>> keyed(String file, MmlStatement st, List<MmlProblem> problems) {
    Optional<ObjectRule> rule = schema.object(st.object());
    if (rule.isEmpty()) {
      problems.add(problem(file, st, "expected an object type the checker knows, but got " + st.object()));
      return Optional.empty();
    }
    if (!List.copyOf(st.params().keySet()).equals(rule.get().key())) {
      problems.add(problem(file, st, "expected " + st.command() + " to name exactly its key " + rule.get().key() + ", but got " + st.params().keySet()));
      return Optional.empty();
    }
    return st.values(rule.get().key());
  }

  private String describe(String space, List<String> values) {
    List<String> names = schema.space(space).orElse(List.of());
    if (names.size() != values.size()) {
      return space + " " + values;
    }
    return space + " " + IntStream.range(0, names.size()).mapToObj(i -> names.get(i) + "=" + values.get(i)).collect(Collectors.joining(", "));
  }

  private static List<String> identity(String section, String object, List<String> key) {
    List<String> id = new ArrayList<>();
    id.add(section);
    id.add(object);
    id.addAll(key);
    return id;
  }

  private static MmlProblem problem(String file, MmlStatement st, String message) {
    return new MmlProblem(file, st.line(), st.section(), message);
  }
}
