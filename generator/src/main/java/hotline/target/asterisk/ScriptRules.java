package hotline.target.asterisk;

import hotline.target.asterisk.AsteriskChecker.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for the three scripts, read per request section ({@code if wanted ID; then} ...
 * {@code fi}) through the one-line helper calls they are written with:
 *
 * <ul>
 *   <li>each script has one section per request, and no other; rollback.sh's sections come in
 *       the reverse order of activate.sh's;
 *   <li>activate.sh's section of a request installs ({@code install_file FILE PARENT}) only that
 *       request's two files and the shared file ({@code install_shared}), and rollback.sh's
 *       section removes ({@code remove_file}, {@code remove_shared}) exactly those, in reverse
 *       order;
 *   <li>precheck.sh's section of a request shows every context ({@code check_context}) of the
 *       request's dialplan file and every endpoint ({@code check_endpoint}) of its PJSIP file, and
 *       nothing else.
 * </ul>
 */
final class ScriptRules {
  private static final Pattern SECTION = Pattern.compile("^if wanted (\\S+); then\\n(.*?)^fi$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern CALL = Pattern.compile("^\\s*(install_file|install_shared|remove_file|remove_shared|check_context|check_endpoint) (\\S+)(?: (\\S+))?$", Pattern.MULTILINE);

  private ScriptRules() {}

  static void check(Map<String, ConfFile> extensions, Map<String, ConfFile> pjsip, String activate, String precheck, String rollback, List<Problem> problems) {
    List<String> ids = new ArrayList<>(extensions.keySet());
    Map<String, String> activateSections = sections("activate.sh", activate, ids, problems);
    Map<String, String> precheckSections = sections("precheck.sh", precheck, ids, problems);
    Map<String, String> rollbackSections = sections("rollback.sh", rollback, ids, problems);
    List<String> reversedIds = new ArrayList<>(activateSections.keySet());
    Collections.reverse(reversedIds);
    if (!new ArrayList<>(rollbackSections.keySet()).equals(reversedIds)) {
      problems.add(new Problem("", "rollback.sh: expected the request sections in reverse order " + reversedIds + ", but got " + rollbackSections.keySet()));
    }
    String shared = AsteriskNames.EXTENSIONS_FILE + " extensions.conf";
    for (String id : ids) {
      List<String> installed = calls(activateSections.getOrDefault(id, ""), "install_file", "install_shared");
      List<String> removed = calls(rollbackSections.getOrDefault(id, ""), "remove_file", "remove_shared");
      Set<String> own = new TreeSet<>(Set.of(AsteriskNames.pjsipFile(id) + " pjsip.conf", AsteriskNames.extensionsFile(id) + " extensions.conf", shared));
      if (installed.size() != own.size() || !new TreeSet<>(installed).equals(own)) {
        problems.add(new Problem(id, "activate.sh: expected request " + id + " to install " + own + ", each once, but got " + installed));
      }
      if (!calls(activateSections.getOrDefault(id, ""), "install_shared").equals(List.of(shared))) {
        problems.add(new Problem(id, "activate.sh: expected request " + id + " to install the shared " + AsteriskNames.EXTENSIONS_FILE + " with install_shared, which keeps an installed copy"));
      }
      if (!calls(rollbackSections.getOrDefault(id, ""), "remove_shared").equals(List.of(shared))) {
        problems.add(new Problem(id, "rollback.sh: expected request " + id + " to remove the shared " + AsteriskNames.EXTENSIONS_FILE + " with remove_shared, which keeps it while other requests need it"));
      }
      List<String> reversed = new ArrayList<>(installed);
      Collections.reverse(reversed);
      if (!removed.equals(reversed)) {
        problems.add(new Problem(id, "rollback.sh: expected request " + id + "'s removals to undo activate.sh's installs in reverse order " + reversed + ", but got " + removed));
      }
      String section = precheckSections.getOrDefault(id, "");
      Set<String> contexts = new TreeSet<>(extensions.get(id).sections().stream().map(ConfFile.Section::name).toList());
      Set<String> endpoints = new TreeSet<>(pjsip.containsKey(id) ? pjsip.get(id).sections().stream().filter(s -> s.value("type").equals("endpoint")).map(ConfFile.Section::name).toList() : List.of());
      compare(id, "check_context", contexts, new TreeSet<>(calls(section, "check_context")), problems);
      compare(id, "check_endpoint", endpoints, new TreeSet<>(calls(section, "check_endpoint")), problems);
    }
  }

  /** request id → the body of its section; every request once, nothing else. */
  private static Map<String, String> sections(String script, String text, List<String> ids, List<Problem> problems) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = SECTION.matcher(text);
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        problems.add(new Problem("", script + ": expected sections only for the requests " + ids + ", but got '" + m.group(1) + "'"));
      } else if (found.putIfAbsent(m.group(1), m.group(2)) != null) {
        problems.add(new Problem(m.group(1), script + ": expected one section for request " + m.group(1) + ", but got a second"));
      }
    }
    for (String id : ids) {
      if (!found.containsKey(id)) {
        problems.add(new Problem(id, script + ": expected a section 'if wanted " + id + "; then' ... 'fi', but got none"));
      }
    }
    return found;
  }

  private static void compare(String id, String helper, Set<String> defined, Set<String> shown, List<Problem> problems) {
    for (String name : defined) {
      if (!shown.contains(name)) {
        problems.add(new Problem(id, "precheck.sh: expected '" + helper + " " + name + "' in request " + id + "'s section for an object its activation adds, but got none"));
      }
    }
    for (String name : shown) {
      if (!defined.contains(name)) {
        problems.add(new Problem(id, "precheck.sh: expected " + helper + " in request " + id + "'s section only for objects its activation adds, but got '" + name + "'"));
      }
    }
  }

  /** The arguments of every call of the helpers, in script order ("FILE PARENT" or "NAME"). */
  private static List<String> calls(String script, String... helpers) {
    List<String> found = new ArrayList<>();
    Matcher m = CALL.matcher(script);
    while (m.find()) {
      if (List.of(helpers).contains(m.group(1))) {
        found.add(m.group(3) == null ? m.group(2) : m.group(2) + " " + m.group(3));
      }
    }
    return found;
  }
}
