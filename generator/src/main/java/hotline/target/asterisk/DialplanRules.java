package hotline.target.asterisk;

import hotline.target.asterisk.AsteriskChecker.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for the dialplan and PJSIP fragments:
 *
 * <ul>
 *   <li>every dialplan entry is {@code exten => EXT,PRIORITY,App(args)} with balanced brackets and
 *       quotes, and App is one the target uses (NoOp, Set, GotoIf, Dial, Hangup);
 *   <li>each extension starts at priority 1 and continues with {@code n} or the next number;
 *   <li>every GotoIf target (context, extension, priority) exists in the fragment;
 *   <li>every {@code Dial(PJSIP/<digits>@<endpoint>,<seconds>)} names an endpoint of the PJSIP
 *       fragment whose {@code aors} name AORs with a {@code sip:} contact, and every endpoint is
 *       dialled somewhere;
 *   <li>a service context matches each caller pattern once (no two requests on one prefix), and
 *       ends with {@code Hangup(1)} (404); every area context is reached from a service context,
 *       sets the CDR's charging mode and joins its GROUP before the first Dial, and its {@code s}
 *       extension ends with {@code Hangup(17)} (486);
 *   <li>no context, and no PJSIP object of one type, is defined twice.
 * </ul>
 */
final class DialplanRules {
  private static final Pattern EXTEN = Pattern.compile("([^,\\s]+),(1|n|[0-9]+),([A-Za-z]+)\\((.*)\\)");
  private static final Set<String> APPS = Set.of("NoOp", "Set", "GotoIf", "Dial", "Hangup");
  private static final Pattern DIAL = Pattern.compile("PJSIP/([0-9]+)@([A-Za-z0-9_.-]+)");
  private static final Pattern CALLER_MATCH = Pattern.compile("\\$\\{REGEX\\(\"([^\"]*)\" \\$\\{CALLERID\\(num\\)\\}\\)\\}");

  private DialplanRules() {}

  /** One parsed priority. */
  private record Step(String context, int line, String exten, int priority, String app, String args) {}

  static void check(ConfFile extensions, ConfFile pjsip, List<Problem> problems) {
    Map<String, Map<String, List<Step>>> plan = steps(extensions, problems);
    Map<String, ConfFile.Section> endpoints = objects(pjsip, "endpoint", problems);
    Map<String, ConfFile.Section> aors = objects(pjsip, "aor", problems);
    Set<String> dialled = new HashSet<>();
    Set<String> reached = new HashSet<>();
    for (Map<String, List<Step>> context : plan.values()) {
      for (List<Step> exten : context.values()) {
        for (Step s : exten) {
          switch (s.app()) {
            case "GotoIf" -> {
              String target = gotoTarget(s, plan, problems);
              if (!target.equals(s.context())) {
                reached.add(target);
              }
            }
            case "Dial" -> dialled.add(dial(s, endpoints, problems));
            case "Hangup" -> hangup(s, problems);
            default -> { }
          }
        }
      }
    }
    plan.forEach((name, context) -> {
      if (name.startsWith(AsteriskNames.SERVICE)) {
        service(name, context, problems);
      } else if (name.startsWith(AsteriskNames.AREA)) {
        area(name, context, reached, problems);
      } else {
        problems.add(Problem.of(name, AsteriskNames.EXTENSIONS_FILE + ": expected contexts named " + AsteriskNames.SERVICE + "* or " + AsteriskNames.AREA + "*, but got [" + name + "]"));
      }
    });
    endpoints.forEach((name, endpoint) -> {
      if (!dialled.contains(name)) {
        problems.add(Problem.of(name, AsteriskNames.PJSIP_FILE + ":" + endpoint.line() + ": expected every endpoint to be dialled, but [" + name + "] is not"));
      }
      for (String aor : endpoint.value("aors").split(",")) {
        ConfFile.Section target = aors.get(aor.strip());
        if (target == null) {
          problems.add(Problem.of(name, AsteriskNames.PJSIP_FILE + ":" + endpoint.line() + ": expected aors= to name an AOR of the fragment, but got '" + aor.strip() + "'"));
        } else if (!target.value("contact").startsWith("sip:")) {
          problems.add(Problem.of(name, AsteriskNames.PJSIP_FILE + ":" + target.line() + ": expected a contact=sip:... in AOR [" + aor.strip() + "], but got '" + target.value("contact") + "'"));
        }
      }
    });
  }

  /** context → extension → priorities, checking the entry syntax and the priority sequence. */
  private static Map<String, Map<String, List<Step>>> steps(ConfFile extensions, List<Problem> problems) {
    Map<String, Map<String, List<Step>>> plan = new LinkedHashMap<>();
    for (ConfFile.Section section : extensions.sections()) {
      String where = AsteriskNames.EXTENSIONS_FILE + ":" + section.line();
      if (plan.containsKey(section.name())) {
        problems.add(Problem.of(section.name(), where + ": expected each context once, but got [" + section.name() + "] again"));
        continue;
      }
      Map<String, List<Step>> context = new LinkedHashMap<>();
      plan.put(section.name(), context);
      for (ConfFile.Entry e : section.entries()) {
        String at = AsteriskNames.EXTENSIONS_FILE + ":" + e.line();
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
        List<Step> exten = context.computeIfAbsent(m.group(1), k -> new ArrayList<>());
        int expected = exten.size() + 1;
        String priority = m.group(2);
        if (!(priority.equals("n") && expected > 1) && !priority.equals(Integer.toString(expected))) {
          problems.add(Problem.of(section.name(), at + ": expected priority " + (expected == 1 ? "1" : "n or " + expected) + " for " + m.group(1) + "@" + section.name() + ", but got '" + priority + "'"));
        }
        exten.add(new Step(section.name(), e.line(), m.group(1), expected, m.group(3), m.group(4)));
      }
    }
    return plan;
  }

  /** The PJSIP sections of one type by name; each must have one type and appear once. */
  private static Map<String, ConfFile.Section> objects(ConfFile pjsip, String type, List<Problem> problems) {
    Map<String, ConfFile.Section> byName = new LinkedHashMap<>();
    for (ConfFile.Section s : pjsip.sections()) {
      String at = AsteriskNames.PJSIP_FILE + ":" + s.line();
      long types = s.entries().stream().filter(e -> e.key().equals("type")).count();
      if (types != 1 || !Set.of("aor", "endpoint").contains(s.value("type"))) {
        if (type.equals("aor")) {
          problems.add(Problem.of(s.name(), at + ": expected one type=aor or type=endpoint in [" + s.name() + "], but got " + types + " type entries ('" + s.value("type") + "')"));
        }
        continue;
      }
      if (s.value("type").equals(type) && byName.putIfAbsent(s.name(), s) != null) {
        problems.add(Problem.of(s.name(), at + ": expected one " + type + " named [" + s.name() + "], but got a second"));
      }
    }
    return byName;
  }

  /** Checks a GotoIf's destination exists; returns the context it jumps to. */
  private static String gotoTarget(Step s, Map<String, Map<String, List<Step>>> plan, List<Problem> problems) {
    String at = AsteriskNames.EXTENSIONS_FILE + ":" + s.line();
    int question = Arguments.topLevel(s.args(), '?');
    if (question < 0) {
      problems.add(Problem.of(s.context(), at + ": expected GotoIf(condition?label), but got '" + s.args() + "'"));
      return "";
    }
    List<String> label = Arguments.split(s.args().substring(question + 1));
    String context = label.size() == 3 ? label.get(0) : s.context();
    String exten = label.size() >= 2 ? label.get(label.size() - 2) : s.exten();
    String priority = label.get(label.size() - 1);
    List<Step> target = plan.getOrDefault(context, Map.of()).get(exten);
    if (target == null || !priority.matches("[0-9]+") || Integer.parseInt(priority) < 1 || Integer.parseInt(priority) > target.size()) {
      problems.add(Problem.of(s.context(), at + ": expected a GotoIf target that exists in the fragment, but got '" + context + "," + exten + "," + priority + "'"));
    }
    return context;
  }

  /** Checks a Dial's channel and timeout; returns the endpoint it dials through. */
  private static String dial(Step s, Map<String, ConfFile.Section> endpoints, List<Problem> problems) {
    String at = AsteriskNames.EXTENSIONS_FILE + ":" + s.line();
    List<String> args = Arguments.split(s.args());
    Matcher m = DIAL.matcher(args.get(0));
    if (!m.matches() || args.size() != 2 || !args.get(1).matches("[1-9][0-9]{0,2}")) {
      problems.add(Problem.of(s.context(), at + ": expected Dial(PJSIP/<digits>@<endpoint>,<seconds>), but got 'Dial(" + s.args() + ")'"));
      return "";
    }
    if (!endpoints.containsKey(m.group(2))) {
      problems.add(Problem.of(s.context(), at + ": expected the endpoint of Dial to be defined in " + AsteriskNames.PJSIP_FILE + ", but got '" + m.group(2) + "'"));
    }
    return m.group(2);
  }

  private static void hangup(Step s, List<Problem> problems) {
    if (!s.args().matches("[0-9]{0,3}")) {
      problems.add(Problem.of(s.context(), AsteriskNames.EXTENSIONS_FILE + ":" + s.line() + ": expected Hangup() or Hangup(<cause>), but got 'Hangup(" + s.args() + ")'"));
    }
  }

  private static void service(String name, Map<String, List<Step>> context, List<Problem> problems) {
    Map<String, Integer> patterns = new HashMap<>();
    for (List<Step> exten : context.values()) {
      for (Step s : exten) {
        Matcher m = CALLER_MATCH.matcher(s.args());
        if (s.app().equals("GotoIf") && m.find()) {
          Integer first = patterns.putIfAbsent(m.group(1), s.line());
          if (first != null) {
            String target = Arguments.split(s.args().substring(Arguments.topLevel(s.args(), '?') + 1)).get(0);
            problems.add(Problem.of(target, AsteriskNames.EXTENSIONS_FILE + ":" + s.line() + ": expected each caller pattern once per service, but got '" + m.group(1) + "' again (first at line " + first + ")"));
          }
        }
      }
      Step last = exten.get(exten.size() - 1);
      if (!(last.app().equals("Hangup") && last.args().equals("1"))) {
        problems.add(Problem.of(name, AsteriskNames.EXTENSIONS_FILE + ":" + last.line() + ": expected " + last.exten() + "@" + name + " to end with Hangup(1) (404 for areas without an activation), but got " + last.app() + "(" + last.args() + ")"));
      }
    }
  }

  private static void area(String name, Map<String, List<Step>> context, Set<String> reached, List<Problem> problems) {
    String at = AsteriskNames.EXTENSIONS_FILE + ": [" + name + "]";
    if (!reached.contains(name)) {
      problems.add(Problem.of(name, at + ": expected the area context to be reached from a service context, but no GotoIf names it"));
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
      problems.add(Problem.of(name, at + ": expected Set(CDR(userfield)=...) and Set(GROUP(...)=...) before the first Dial, but got " + (charged ? "" : "no CDR userfield ") + (grouped ? "" : "no GROUP")));
    }
    Step last = s.get(s.size() - 1);
    if (!(last.app().equals("Hangup") && last.args().equals("17"))) {
      problems.add(Problem.of(name, AsteriskNames.EXTENSIONS_FILE + ":" + last.line() + ": expected s@" + name + " to end with Hangup(17) (486 when every line is busy), but got " + last.app() + "(" + last.args() + ")"));
    }
  }
}
