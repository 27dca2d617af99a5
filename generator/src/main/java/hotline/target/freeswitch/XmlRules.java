package hotline.target.freeswitch;

import hotline.target.freeswitch.FreeswitchChecker.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules for the XML files, read in the order FreeSWITCH includes them:
 *
 * <ul>
 *   <li>all have the root {@code <include>}; the dialplan holds only {@code <extension name>}
 *       elements with unique names, each with conditions ({@code field}, an {@code expression}
 *       that compiles) whose actions use only the applications the target writes (export, set,
 *       limit, bridge, respond);
 *   <li>{@code limit} data is {@code hash <realm> <resource> <max> !<CAUSE>} with max ≥ 1;
 *       {@code bridge} data is {@code |}-separated legs {@code [leg_timeout=N]sofia/gateway/<name>/<digits>},
 *       and every name is a gateway of a gateway file, every gateway bridged to somewhere;
 *   <li>an area extension charges (exports hotline_charging), limits, then bridges, and ends
 *       with {@code respond 486};
 *   <li>for each dialled-number expression, no caller expression appears twice (no two requests
 *       on one prefix), and the extension without a caller condition (404) comes after every
 *       extension with one, which it would otherwise shadow;
 *   <li>gateways have unique names, a {@code proxy} and {@code register=false};
 *   <li>a request's dialplan file holds only its area extension, which bridges only to its own
 *       gateway, and its gateway file only that gateway: each request's files stand alone.
 * </ul>
 */
final class XmlRules {
  private static final Set<String> APPS = Set.of("export", "set", "limit", "bridge", "respond");
  private static final Pattern LIMIT = Pattern.compile("hash [A-Za-z0-9_-]+ [A-Za-z0-9_-]+ [1-9][0-9]* ![A-Z_]+");
  private static final Pattern LEG = Pattern.compile("\\[leg_timeout=[1-9][0-9]*\\]sofia/gateway/([A-Za-z0-9_.-]+)/[0-9]+");

  private XmlRules() {}

  /**
   * What one request's files define.
   *
   * @param code the service code, from its dialplan file's name
   * @param extensions the extensions of its dialplan file, in document order
   * @param gateways the gateways of its gateway file, in document order
   */
  record Request(String code, List<String> extensions, List<String> gateways) {}

  /** One extension with the file it comes from. */
  private record Placed(String file, Element element) {}

  /**
   * Checks the files as FreeSWITCH would include them.
   *
   * @param dialplan dialplan file name → document, in the order FreeSWITCH includes them
   * @param gateways request id → its gateway file's name and document
   * @param areaFiles request id → its dialplan file's name and service code
   * @param noAreaFiles service code → the name of its 404 file
   * @return request id → what its files define
   */
  static Map<String, Request> check(Map<String, Document> dialplan, Map<String, Map.Entry<String, Document>> gateways, Map<String, Map.Entry<String, String>> areaFiles, Map<String, String> noAreaFiles, List<Problem> problems) {
    dialplan.forEach((file, doc) -> root(file, doc, problems));
    Map<String, Element> gatewayByName = new LinkedHashMap<>();
    Map<String, List<String>> gatewaysOf = new LinkedHashMap<>();
    gateways.forEach((id, file) -> {
      root(file.getKey(), file.getValue(), problems);
      Map<String, Element> own = gateways(file.getKey(), file.getValue(), problems);
      for (String name : own.keySet()) {
        if (!name.equals(FreeswitchNames.trunk(id))) {
          problems.add(new Problem(id, file.getKey() + ": expected only the gateway '" + FreeswitchNames.trunk(id) + "' of request " + id + ", but got '" + name + "'"));
        }
        if (gatewayByName.putIfAbsent(name, own.get(name)) != null) {
          problems.add(Problem.of(name, file.getKey() + ": gateway '" + name + "': expected each gateway name once, but got it again"));
        }
      }
      gatewaysOf.put(id, new ArrayList<>(own.keySet()));
    });
    List<Placed> placed = new ArrayList<>();
    dialplan.forEach((file, doc) -> children(doc.getDocumentElement()).forEach(e -> placed.add(new Placed(file, e))));
    Map<String, Set<String>> bridgedByFile = new HashMap<>();
    Map<String, List<String>> extensionsByFile = new LinkedHashMap<>();
    List<String> extensions = new ArrayList<>();
    Map<String, Map<String, String>> callersByDestination = new HashMap<>();
    Map<String, String> fallbackByDestination = new HashMap<>();
    for (Placed p : placed) {
      Element ext = p.element();
      String name = ext.getAttribute("name");
      String at = p.file() + ": extension '" + name + "'";
      if (!ext.getTagName().equals("extension") || name.isEmpty()) {
        problems.add(Problem.of(name, p.file() + ": expected <extension name=...>, but got <" + ext.getTagName() + ">"));
        continue;
      }
      if (extensions.contains(name)) {
        problems.add(Problem.of(name, at + ": expected each extension name once, but got it again"));
      }
      extensions.add(name);
      extensionsByFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(name);
      Set<String> bridged = bridgedByFile.computeIfAbsent(p.file(), f -> new LinkedHashSet<>());
      String destination = "";
      String caller = "";
      List<Element> actions = new ArrayList<>();
      for (Element c : children(ext)) {
        String field = c.getAttribute("field");
        String expression = c.getAttribute("expression");
        if (!c.getTagName().equals("condition") || field.isEmpty() || expression.isEmpty()) {
          problems.add(Problem.of(name, at + ": expected <condition field=... expression=...>, but got <" + c.getTagName() + " field='" + field + "'>"));
          continue;
        }
        compiles(name, at, expression, problems);
        if (field.equals("destination_number")) {
          destination = expression;
        } else if (field.equals("caller_id_number")) {
          caller = expression;
        }
        for (Element action : children(c)) {
          actions.add(action);
          action(name, at, action, gatewayByName, bridged, problems);
        }
      }
      if (caller.isEmpty()) {
        fallbackByDestination.putIfAbsent(destination, name);
      } else {
        String shadowing = fallbackByDestination.get(destination);
        if (shadowing != null) {
          problems.add(Problem.of(name, at + ": expected the extension without a caller condition ('" + shadowing + "') after every area extension for " + destination + ", but it is included first and shadows this one"));
        }
        String first = callersByDestination.computeIfAbsent(destination, d -> new LinkedHashMap<>()).putIfAbsent(caller, name);
        if (first != null) {
          problems.add(Problem.of(name, at + ": expected each caller expression once per service, but got '" + caller + "' again (first in '" + first + "')"));
        }
        areaActions(name, at, actions, problems);
      }
    }
    Set<String> bridgedAnywhere = new HashSet<>();
    bridgedByFile.values().forEach(bridgedAnywhere::addAll);
    gatewaysOf.forEach((id, names) -> names.stream().filter(g -> !bridgedAnywhere.contains(g))
        .forEach(g -> problems.add(Problem.of(g, gateways.get(id).getKey() + ": expected every gateway to be bridged to, but '" + g + "' is not"))));
    Map<String, Request> requests = new LinkedHashMap<>();
    areaFiles.forEach((id, file) -> {
      List<String> own = extensionsByFile.getOrDefault(file.getKey(), List.of());
      if (!own.equals(List.of(FreeswitchNames.area(id)))) {
        problems.add(new Problem(id, file.getKey() + ": expected only the extension '" + FreeswitchNames.area(id) + "' of request " + id + ", but got " + own));
      }
      for (String g : bridgedByFile.getOrDefault(file.getKey(), Set.of())) {
        if (!g.equals(FreeswitchNames.trunk(id))) {
          problems.add(new Problem(id, file.getKey() + ": expected bridges only to the gateway '" + FreeswitchNames.trunk(id) + "' of request " + id + ", but got '" + g + "'"));
        }
      }
      if (!noAreaFiles.containsKey(file.getValue())) {
        problems.add(new Problem(id, file.getKey() + ": expected the 404 file " + FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.noAreaFile(file.getValue()) + " of service " + file.getValue() + " in the rendering, but got none"));
      }
      requests.put(id, new Request(file.getValue(), own, gatewaysOf.getOrDefault(id, List.of())));
    });
    noAreaFiles.forEach((code, file) -> {
      String expected = FreeswitchNames.noArea(code);
      List<String> own = extensionsByFile.getOrDefault(file, List.of());
      if (!own.equals(List.of(expected)) || !fallbackByDestination.containsValue(expected)) {
        problems.add(new Problem("", file + ": expected only the extension '" + expected + "', without a caller condition, but got " + own));
      }
    });
    return requests;
  }

  private static void root(String file, Document doc, List<Problem> problems) {
    if (!doc.getDocumentElement().getTagName().equals("include")) {
      problems.add(new Problem("", file + ": expected the root element <include>, but got <" + doc.getDocumentElement().getTagName() + ">"));
    }
  }

  private static Map<String, Element> gateways(String file, Document doc, List<Problem> problems) {
    Map<String, Element> byName = new LinkedHashMap<>();
    for (Element g : children(doc.getDocumentElement())) {
      String name = g.getAttribute("name");
      String at = file + ": gateway '" + name + "'";
      if (!g.getTagName().equals("gateway") || name.isEmpty()) {
        problems.add(Problem.of(name, file + ": expected <gateway name=...>, but got <" + g.getTagName() + ">"));
        continue;
      }
      if (byName.putIfAbsent(name, g) != null) {
        problems.add(Problem.of(name, at + ": expected each gateway name once, but got it again"));
      }
      Map<String, String> params = new HashMap<>();
      children(g).forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
      if (params.getOrDefault("proxy", "").isEmpty() || !"false".equals(params.get("register"))) {
        problems.add(Problem.of(name, at + ": expected a proxy and register=false, but got proxy='" + params.getOrDefault("proxy", "") + "', register='" + params.getOrDefault("register", "") + "'"));
      }
    }
    return byName;
  }

  private static void compiles(String name, String at, String expression, List<Problem> problems) {
    try {
      Pattern.compile(expression);
    } catch (PatternSyntaxException e) {
      problems.add(Problem.of(name, at + ": expected a regular expression, but got '" + expression + "' (" + e.getDescription() + ")"));
    }
  }

  private static void action(String name, String at, Element action, Map<String, Element> gateways, Set<String> bridged, List<Problem> problems) {
    String app = action.getAttribute("application");
    String data = action.getAttribute("data");
    if (!action.getTagName().equals("action") || !APPS.contains(app)) {
      problems.add(Problem.of(name, at + ": expected <action application=...> with one of " + new TreeSet<>(APPS) + ", but got <" + action.getTagName() + " application='" + app + "'>"));
      return;
    }
    if (app.equals("limit") && !LIMIT.matcher(data).matches()) {
      problems.add(Problem.of(name, at + ": expected limit data 'hash <realm> <resource> <max> !<CAUSE>', but got '" + data + "'"));
    }
    if (app.equals("bridge")) {
      for (String leg : data.split("\\|", -1)) {
        Matcher m = LEG.matcher(leg);
        if (!m.matches()) {
          problems.add(Problem.of(name, at + ": expected bridge legs '[leg_timeout=N]sofia/gateway/<name>/<digits>' separated by '|', but got '" + leg + "'"));
        } else if (!gateways.containsKey(m.group(1))) {
          problems.add(Problem.of(name, at + ": expected the bridge's gateway to be defined in a gateway file, but got '" + m.group(1) + "'"));
        } else {
          bridged.add(m.group(1));
        }
      }
    }
  }

  /** An area extension: charging exported, then limit, then bridge, ending with respond 486. */
  private static void areaActions(String name, String at, List<Element> actions, List<Problem> problems) {
    List<String> apps = actions.stream().map(a -> a.getAttribute("application")).toList();
    int charged = indexOf(actions, "export", "hotline_charging=");
    int limited = apps.indexOf("limit");
    int bridged = apps.indexOf("bridge");
    if (charged < 0 || limited < 0 || bridged < 0 || !(charged < bridged && limited < bridged)) {
      problems.add(Problem.of(name, at + ": expected export hotline_charging=... and limit before bridge, but got " + apps));
    }
    Element last = actions.isEmpty() ? null : actions.get(actions.size() - 1);
    if (last == null || !last.getAttribute("application").equals("respond") || !last.getAttribute("data").equals("486")) {
      problems.add(Problem.of(name, at + ": expected the last action to be respond 486 (every line busy), but got " + (last == null ? "none" : last.getAttribute("application") + " " + last.getAttribute("data"))));
    }
  }

  private static int indexOf(List<Element> actions, String app, String dataPrefix) {
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).getAttribute("application").equals(app) && actions.get(i).getAttribute("data").startsWith(dataPrefix)) {
        return i;
      }
    }
    return -1;
  }

  /** The element children of a node. */
  private static List<Element> children(Node node) {
    List<Element> out = new ArrayList<>();
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
