package hotline.target.freeswitch;

import hotline.target.freeswitch.FreeswitchChecker.Problem;
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
 *   <li>activate.sh's section of a request installs ({@code install_file SOURCE DEST}) its gateway
 *       file and its dialplan file, and its service's 404 file ({@code install_shared}), each to
 *       its include folder; rollback.sh's section removes ({@code remove_file DEST}, {@code
 *       remove_shared DEST}) exactly those, in reverse order, and kills ({@code kill_gateway}) the
 *       request's gateway before its file goes;
 *   <li>precheck.sh's section of a request shows its extension and its service's 404 extension
 *       ({@code check_extension}) and its gateway ({@code check_gateway}), and nothing else.
 * </ul>
 */
final class ScriptRules {
  private static final Pattern SECTION = Pattern.compile("^if wanted (\\S+); then\\n(.*?)^fi$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern CALL = Pattern.compile("^\\s*(install_file|install_shared|remove_file|remove_shared|kill_gateway|check_extension|check_gateway) (\\S+)(?: (\\S+))?$", Pattern.MULTILINE);

  private ScriptRules() {}

  static void check(Map<String, XmlRules.Request> requests, String activate, String precheck, String rollback, List<Problem> problems) {
    List<String> ids = new ArrayList<>(requests.keySet());
    Map<String, String> activateSections = sections("activate.sh", activate, ids, problems);
    Map<String, String> precheckSections = sections("precheck.sh", precheck, ids, problems);
    Map<String, String> rollbackSections = sections("rollback.sh", rollback, ids, problems);
    List<String> reversedIds = new ArrayList<>(activateSections.keySet());
    Collections.reverse(reversedIds);
    if (!new ArrayList<>(rollbackSections.keySet()).equals(reversedIds)) {
      problems.add(new Problem("", "rollback.sh: expected the request sections in reverse order " + reversedIds + ", but got " + rollbackSections.keySet()));
    }
    requests.forEach((id, request) -> {
      String gatewayFile = FreeswitchNames.gatewayFile(id);
      String areaFile = FreeswitchNames.areaFile(request.code(), id);
      String noAreaFile = FreeswitchNames.noAreaFile(request.code());
      String shared = FreeswitchNames.DIALPLAN_DIR + noAreaFile + " " + FreeswitchNames.DIALPLAN_INSTALLED + noAreaFile;
      Set<String> own = new TreeSet<>(Set.of(
          FreeswitchNames.GATEWAY_DIR + gatewayFile + " " + FreeswitchNames.GATEWAY_INSTALLED + gatewayFile,
          FreeswitchNames.DIALPLAN_DIR + areaFile + " " + FreeswitchNames.DIALPLAN_INSTALLED + areaFile,
          shared));
      String activation = activateSections.getOrDefault(id, "");
      String rollbackSection = rollbackSections.getOrDefault(id, "");
      List<String> installed = calls(activation, "install_file", "install_shared");
      if (installed.size() != own.size() || !new TreeSet<>(installed).equals(own)) {
        problems.add(new Problem(id, "activate.sh: expected request " + id + " to install " + own + ", each once, but got " + installed));
      }
      if (!calls(activation, "install_shared").equals(List.of(shared))) {
        problems.add(new Problem(id, "activate.sh: expected request " + id + " to install the shared " + noAreaFile + " with install_shared, which keeps an installed copy"));
      }
      if (!calls(rollbackSection, "remove_shared").equals(List.of(FreeswitchNames.DIALPLAN_INSTALLED + noAreaFile))) {
        problems.add(new Problem(id, "rollback.sh: expected request " + id + " to remove the shared " + noAreaFile + " with remove_shared, which keeps it while other requests of the service need it"));
      }
      List<String> reversed = new ArrayList<>(installed.stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList());
      Collections.reverse(reversed);
      List<String> removed = calls(rollbackSection, "remove_file", "remove_shared");
      if (!removed.equals(reversed)) {
        problems.add(new Problem(id, "rollback.sh: expected request " + id + "'s removals to undo activate.sh's installs in reverse order " + reversed + ", but got " + removed));
      }
      List<String> gatewaysReversed = new ArrayList<>(request.gateways());
      Collections.reverse(gatewaysReversed);
      if (!calls(rollbackSection, "kill_gateway").equals(gatewaysReversed)) {
        problems.add(new Problem(id, "rollback.sh: expected request " + id + " to kill its gateways " + gatewaysReversed + ", but got " + calls(rollbackSection, "kill_gateway")));
      }
      int lastKill = rollbackSection.lastIndexOf("kill_gateway ");
      int fileRemoved = rollbackSection.indexOf("remove_file " + FreeswitchNames.GATEWAY_INSTALLED + gatewayFile);
      if (lastKill >= 0 && fileRemoved >= 0 && lastKill > fileRemoved) {
        problems.add(new Problem(id, "rollback.sh: expected request " + id + "'s gateway killed before " + FreeswitchNames.GATEWAY_INSTALLED + gatewayFile + " is removed, but got a kill_gateway after it"));
      }
      String section = precheckSections.getOrDefault(id, "");
      Set<String> extensions = new TreeSet<>(request.extensions());
      extensions.add(FreeswitchNames.noArea(request.code()));
      compare(id, "check_extension", extensions, new TreeSet<>(calls(section, "check_extension")), problems);
      compare(id, "check_gateway", new TreeSet<>(request.gateways()), new TreeSet<>(calls(section, "check_gateway")), problems);
    });
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
        problems.add(new Problem(id, "precheck.sh: expected '" + helper + " " + name + "' in request " + id + "'s section for an object its activation adds or needs, but got none"));
      }
    }
    for (String name : shown) {
      if (!defined.contains(name)) {
        problems.add(new Problem(id, "precheck.sh: expected " + helper + " in request " + id + "'s section only for objects its activation adds or needs, but got '" + name + "'"));
      }
    }
  }

  /** The arguments of every call of the helpers, in script order ("SOURCE DEST" or "NAME"). */
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
