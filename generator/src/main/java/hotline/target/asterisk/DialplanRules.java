package hotline.target.asterisk;

import hotline.target.asterisk.AsteriskChecker.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for the dialplan and PJSIP files, read together as Asterisk would load them:
 *
 * <ul>
 *   <li>every dialplan entry is {@code exten => EXT,PRIORITY,App(args)} with balanced brackets and
 *       quotes, and App is one the target uses (NoOp, Set, Goto, GotoIf, Dial, Hangup);
 *   <li>each extension starts at priority 1 and continues with {@code n} or the next number, and
 *       is defined in one file only;
 *   <li>every Goto or GotoIf target (context, extension, priority) exists;
 *   <li>every {@code Dial(PJSIP/<digits>@<endpoint>,<seconds>)} names an endpoint of the same
 *       request's PJSIP file whose {@code aors} name AORs with a {@code sip:} contact, and every
 *       endpoint is dialled somewhere;
 *   <li>the shared file holds only service contexts, each with the plain service code extension
 *       ending in {@code Hangup(1)} (404);
 *   <li>a request's dialplan file holds its area context and, in service contexts that the shared
 *       file defines, only caller-id matched extensions ({@code CODE/_PATTERN}) that Goto its own
 *       area context, each caller pattern once per service (no two requests on one prefix); its
 *       PJSIP file holds only its own trunk; so each request's files stand alone;
 *   <li>every area context is reached from a service context, sets the CDR's charging mode and
 *       joins its GROUP before the first Dial, and its {@code s} extension ends with
 *       {@code Hangup(17)} (486);
 *   <li>no context is defined twice in one file, and no PJSIP object of one type twice.
 * </ul>
 */
final class DialplanRules {
  private static final Pattern EXTEN = Pattern.compile("([^,\\s]+),(1|n|[0-9]+),([A-Za-z]+)\\((.*)\\)");
  private static final Set<String> APPS = Set.of("NoOp", "Set", "Goto", "GotoIf", "Dial", "Hangup");
  private static final Pattern DIAL = Pattern.compile("PJSIP/([0-9]+)@([A-Za-z0-9_.:+-]+)");
  private static final Pattern CALLER_ENTRY = Pattern.compile("([0-9]+)/(_[0-9]+\\[2-8\\]X+)");

  private DialplanRules() {}

  /** One parsed priority. */
  private record Step(String file, String context, int line, String exten, int priority, String app, String args) {
    String at() {
      return file + ":" + line;
    }
  }

  /**
   * Checks the files.
   *
   * @param shared the dialplan file all requests share
   * @param extensions request id → its dialplan file
   * @param pjsip request id → its PJSIP file
   */
  static void check(ConfFile shared, Map<String, ConfFile> extensions, Map<String, ConfFile> pjsip, List<Problem> problems) {
    List<ConfFile> dialplanFiles = new ArrayList<>();
    dialplanFiles.add(shared);
    dialplanFiles.addAll(extensions.values());
    Map<String, Map<String, List<Step>>> plan = steps(dialplanFiles, problems);
    Set<String> reached = new HashSet<>();
    Set<String> dialled = new HashSet<>();
    Map<String, Map<String, ConfFile.Section>> endpointsByRequest = new LinkedHashMap<>();
    pjsip.forEach((id, file) -> {
      endpointsByRequest.put(id, objects(file, "endpoint", problems));
      Map<String, ConfFile.Section> aors = objects(file, "aor", problems);
      for (ConfFile.Section s : file.sections()) {
        if (!s.name().equals(AsteriskNames.trunk(id))) {
          problems.add(new Problem(id, s.at() + ": expected only the trunk [" + AsteriskNames.trunk(id) + "] of request " + id + ", but got [" + s.name() + "]"));
        }
      }
      endpointsByRequest.get(id).forEach((name, endpoint) -> aorsOf(name, endpoint, aors, problems));
    });
    Set<String> sharedServices = new TreeSet<>();
    for (ConfFile.Section section : shared.sections()) {
      if (!section.name().startsWith(AsteriskNames.SERVICE)) {
        problems.add(Problem.of(section.name(), section.at() + ": expected only service contexts " + AsteriskNames.SERVICE + "* in the shared file, but got [" + section.name() + "]"));
      } else {
        sharedServices.add(section.name());
      }
    }
    for (Map<String, List<Step>> context : plan.values()) {
      for (List<Step> exten : context.values()) {
        for (Step s : exten) {
          String request = requestOfFile(s.file(), extensions);
          switch (s.app()) {
            case "Goto", "GotoIf" -> {
              String target = gotoTarget(s, plan, problems);
              if (!target.equals(s.context())) {
                reached.add(target);
              }
            }
            case "Dial" -> dialled.add(dial(s, endpointsByRequest.getOrDefault(request, Map.of()), problems));
            case "Hangup" -> hangup(s, problems);
            default -> { }
          }
        }
      }
    }
    sharedExtensions(shared, plan, problems);
    extensions.forEach((id, file) -> requestContexts(id, file, plan, sharedServices, problems));
    plan.forEach((name, context) -> {
      if (name.startsWith(AsteriskNames.AREA)) {
        area(name, context, reached, problems);
      }
    });
    endpointsByRequest.forEach((id, endpoints) -> endpoints.forEach((name, endpoint) -> {
      if (!dialled.contains(name)) {
        problems.add(Problem.of(name, endpoint.at() + ": expected every endpoint to be dialled, but [" + name + "] is not"));
      }
    }));
  }

  private static String requestOfFile(String file, Map<String, ConfFile> extensions) {
    return extensions.entrySet().stream().filter(e -> e.getValue().file().equals(file)).map(Map.Entry::getKey).findFirst().orElse("");
  }

  /** context → extension → priorities over all files, checking entry syntax and priority sequence. */
  private static Map<String, Map<String, List<Step>>> steps(List<ConfFile> files, List<Problem> problems) {
    Map<String, Map<String, List<Step>>> plan = new LinkedHashMap<>();
    Map<String, String> extenFile = new LinkedHashMap<>();
    for (ConfFile file : files) {
      Set<String> seen = new HashSet<>();
      for (ConfFile.Section section : file.sections()) {
        if (!seen.add(section.name())) {
          problems.add(Problem.of(section.name(), section.at() + ": expected each context once, but got [" + section.name() + "] again"));
          continue;
        }
        Map<String, List<Step>> context = plan.computeIfAbsent(section.name(), k -> new LinkedHashMap<>());
        for (ConfFile.Entry e : section.entries()) {
          String at = file.file() + ":" + e.line();
          Matcher m = EXTEN.matcher(e.value());
          if (!e.key().equals("exten") || !m.matches()) {
            problems.add(Problem.of(section.name(), at + ": expected exten => EXT,PRIORITY,App(args), but got '" + e.key() + " => " + e.value() + "'"));
            continue;
          }
          if (!APPS.contains(m.group(3))) {
            problems.add(Problem.of(section.name(), at + ": expected one of the applications " + new TreeSet<>(APPS) + ", but got '" + m.group(3) + "'"));
          }
          if (!Arguments.balanced(m.group(4))) {
            problems.add(Problem.of(section.name(), at + ": expected balanced brackets and quotes in the arguments, but got '" + m.group(4) + "'"));
          }
          String key = m.group(1) + "@" + section.name();
          String first = extenFile.putIfAbsent(key, file.file());
          if (first != null && !first.equals(file.file())) {
            String what = m.group(1).contains("/") ? "each caller pattern once per service" : "each extension in one file";
            problems.add(Problem.of(section.name(), at + ": expected " + what + ", but got '" + key + "' again (first in " + first + ")"));
            continue;
          }
          List<Step> exten = context.computeIfAbsent(m.group(1), k -> new ArrayList<>());
          int expected = exten.size() + 1;
          String priority = m.group(2);
          if (!(priority.equals("n") && expected > 1) && !priority.equals(Integer.toString(expected))) {
            problems.add(Problem.of(section.name(), at + ": expected priority " + (expected == 1 ? "1" : "n or " + expected) + " for " + key + ", but got '" + priority + "'"));
          }
          exten.add(new Step(file.file(), section.name(), e.line(), m.group(1), expected, m.group(3), m.group(4)));
        }
      }
    }
    return plan;
  }

  /** The PJSIP sections of one type by name; each must have one type and appear once. */
  private static Map<String, ConfFile.Section> objects(ConfFile pjsip, String type, List<Problem> problems) {
    Map<String, ConfFile.Section> byName = new LinkedHashMap<>();
    for (ConfFile.Section s : pjsip.sections()) {
      long types = s.entries().stream().filter(e -> e.key().equals("type")).count();
      if (types != 1 || !Set.of("aor", "endpoint").contains(s.value("type"))) {
        if (type.equals("aor")) {
          problems.add(Problem.of(s.name(), s.at() + ": expected one type=aor or type=endpoint in [" + s.name() + "], but got " + types + " type entries ('" + s.value("type") + "')"));
        }
        continue;
      }
      if (s.value("type").equals(type) && byName.putIfAbsent(s.name(), s) != null) {
        problems.add(Problem.of(s.name(), s.at() + ": expected one " + type + " named [" + s.name() + "], but got a second"));
      }
    }
    return byName;
  }

  private static void aorsOf(String name, ConfFile.Section endpoint, Map<String, ConfFile.Section> aors, List<Problem> problems) {
    for (String aor : endpoint.value("aors").split(",")) {
      ConfFile.Section target = aors.get(aor.strip());
      if (target == null) {
        problems.add(Problem.of(name, endpoint.at() + ": expected aors= to name an AOR of the same file, but got '" + aor.strip() + "'"));
      } else if (!target.value("contact").startsWith("sip:")) {
        problems.add(Problem.of(name, target.at() + ": expected a contact=sip:... in AOR [" + aor.strip() + "], but got '" + target.value("contact") + "'"));
      }
    }
  }

  /** Checks a Goto's or GotoIf's destination exists; returns the context it jumps to. */
  private static String gotoTarget(Step s, Map<String, Map<String, List<Step>>> plan, List<Problem> problems) {
    String labelText = s.args();
    if (s.app().equals("GotoIf")) {
      int question = Arguments.topLevel(s.args(), '?');
      if (question < 0) {
        problems.add(Problem.of(s.context(), s.at() + ": expected GotoIf(condition?label), but got '" + s.args() + "'"));
        return "";
      }
      labelText = s.args().substring(question + 1);
    }
    List<String> label = Arguments.split(labelText);
    String context = label.size() == 3 ? label.get(0) : s.context();
    String exten = label.size() >= 2 ? label.get(label.size() - 2) : s.exten();
    String priority = label.get(label.size() - 1);
    List<Step> target = plan.getOrDefault(context, Map.of()).get(exten);
    if (target == null || !priority.matches("[0-9]+") || Integer.parseInt(priority) < 1 || Integer.parseInt(priority) > target.size()) {
      problems.add(Problem.of(s.context(), s.at() + ": expected a " + s.app() + " target that exists in the dialplan, but got '" + context + "," + exten + "," + priority + "'"));
    }
    return context;
  }

  /** Checks a Dial's channel and timeout; returns the endpoint it dials through. */
  private static String dial(Step s, Map<String, ConfFile.Section> endpoints, List<Problem> problems) {
    List<String> args = Arguments.split(s.args());
    Matcher m = DIAL.matcher(args.get(0));
    if (!m.matches() || args.size() != 2 || !args.get(1).matches("[1-9][0-9]{0,2}")) {
      problems.add(Problem.of(s.context(), s.at() + ": expected Dial(PJSIP/<digits>@<endpoint>,<seconds>), but got 'Dial(" + s.args() + ")'"));
      return "";
    }
    if (!endpoints.containsKey(m.group(2))) {
      problems.add(Problem.of(s.context(), s.at() + ": expected the endpoint of Dial to be defined in the request's PJSIP file, but got '" + m.group(2) + "'"));
    }
    return m.group(2);
  }

  private static void hangup(Step s, List<Problem> problems) {
    if (!s.args().matches("[0-9]{0,3}")) {
      problems.add(Problem.of(s.context(), s.at() + ": expected Hangup() or Hangup(<cause>), but got 'Hangup(" + s.args() + ")'"));
    }
  }

  /** The shared file: plain service code extensions ending in 404, nothing caller-id matched. */
  private static void sharedExtensions(ConfFile shared, Map<String, Map<String, List<Step>>> plan, List<Problem> problems) {
    for (ConfFile.Section section : shared.sections()) {
      plan.getOrDefault(section.name(), Map.of()).forEach((exten, steps) -> {
        if (!steps.get(0).file().equals(shared.file())) {
          return;
        }
        Step last = steps.get(steps.size() - 1);
        if (exten.contains("/") || !section.name().equals(AsteriskNames.SERVICE + exten)) {
          problems.add(Problem.of(section.name(), steps.get(0).at() + ": expected only the plain service code in [" + section.name() + "] of the shared file, but got '" + exten + "'"));
        } else if (!(last.app().equals("Hangup") && last.args().equals("1"))) {
          problems.add(Problem.of(section.name(), last.at() + ": expected " + exten + "@" + section.name() + " to end with Hangup(1) (404 for areas without an activation), but got " + last.app() + "(" + last.args() + ")"));
        }
      });
    }
  }

  /** A request's file: its area context, and caller-id matched entries into shared services. */
  private static void requestContexts(String id, ConfFile file, Map<String, Map<String, List<Step>>> plan, Set<String> sharedServices, List<Problem> problems) {
    String area = AsteriskNames.area(id);
    for (ConfFile.Section section : file.sections()) {
      if (section.name().equals(area)) {
        continue;
      }
      if (!sharedServices.contains(section.name())) {
        problems.add(new Problem(id, section.at() + ": expected [" + area + "] or a service context of " + AsteriskNames.EXTENSIONS_FILE + " (with its 404) in request " + id + "'s file, but got [" + section.name() + "]"));
        continue;
      }
      plan.get(section.name()).forEach((exten, steps) -> {
        Step first = steps.get(0);
        if (!first.file().equals(file.file())) {
          return;
        }
        Matcher m = CALLER_ENTRY.matcher(exten);
        if (!m.matches() || !section.name().equals(AsteriskNames.SERVICE + m.group(1))) {
          problems.add(new Problem(id, first.at() + ": expected CODE/_PATTERN (the service code, a caller-id pattern) in [" + section.name() + "], but got '" + exten + "'"));
        }
        if (steps.size() != 1 || !first.app().equals("Goto") || !first.args().equals(area + ",s,1")) {
          problems.add(new Problem(id, first.at() + ": expected one Goto(" + area + ",s,1) for " + exten + ", but got " + steps.size() + " priorities starting " + first.app() + "(" + first.args() + ")"));
        }
      });
    }
  }

  private static void area(String name, Map<String, List<Step>> context, Set<String> reached, List<Problem> problems) {
    String at = "[" + name + "]";
    if (!reached.contains(name)) {
      problems.add(Problem.of(name, at + ": expected the area context to be reached from a service context, but no Goto names it"));
    }
    List<Step> s = context.get("s");
    if (s == null) {
      problems.add(Problem.of(name, at + ": expected an s extension, but got none"));
      return;
    }
    int firstDial = s.stream().filter(x -> x.app().equals("Dial")).findFirst().map(Step::priority).orElse(Integer.MAX_VALUE);
    boolean charged = s.stream().anyMatch(x -> x.priority() < firstDial && x.app().equals("Set") && x.args().startsWith("CDR(userfield)="));
    boolean grouped = s.stream().anyMatch(x -> x.priority() < firstDial && x.app().equals("Set") && x.args().startsWith("GROUP("));
    if (!charged || !grouped) {
      problems.add(Problem.of(name, s.get(0).at() + ": expected Set(CDR(userfield)=...) and Set(GROUP(...)=...) before the first Dial in " + at + ", but got " + (charged ? "" : "no CDR userfield ") + (grouped ? "" : "no GROUP")));
    }
    Step last = s.get(s.size() - 1);
    if (!(last.app().equals("Hangup") && last.args().equals("17"))) {
      problems.add(Problem.of(name, last.at() + ": expected s@" + name + " to end with Hangup(17) (486 when every line is busy), but got " + last.app() + "(" + last.args() + ")"));
    }
  }
}
