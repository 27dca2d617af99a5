package hotline.target.freeswitch;

import hotline.target.freeswitch.FreeswitchChecker.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for the three scripts, read through the one-line helper calls they are written with:
 *
 * <ul>
 *   <li>activate.sh installs ({@code install_file SOURCE DEST}) each of the two fragments once, to
 *       its include folder; rollback.sh removes ({@code remove_file DEST}) exactly those, in
 *       reverse order, and kills ({@code kill_gateway}) every gateway, in reverse order of
 *       definition, before the gateways file goes;
 *   <li>precheck.sh shows every extension ({@code check_extension}) and every gateway ({@code
 *       check_gateway}) the fragments define, and nothing else.
 * </ul>
 */
final class ScriptRules {
  private static final Pattern CALL = Pattern.compile("^(install_file|remove_file|kill_gateway|check_extension|check_gateway) (\\S+)(?: (\\S+))?$", Pattern.MULTILINE);

  private ScriptRules() {}

  static void check(XmlRules.Objects objects, String activate, String precheck, String rollback, List<Problem> problems) {
    List<String> installed = calls(activate, "install_file").stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList();
    Set<String> expected = new TreeSet<>(Set.of(FreeswitchNames.DIALPLAN_FILE + " " + FreeswitchNames.DIALPLAN_INSTALLED, FreeswitchNames.GATEWAYS_FILE + " " + FreeswitchNames.GATEWAYS_INSTALLED));
    List<String> installCalls = calls(activate, "install_file");
    if (installCalls.size() != expected.size() || !new TreeSet<>(installCalls).equals(expected)) {
      problems.add(new Problem("", "activate.sh: expected install_file calls " + expected + ", each once, but got " + installCalls));
    }
    List<String> reversed = new ArrayList<>(installed);
    Collections.reverse(reversed);
    List<String> removed = calls(rollback, "remove_file");
    if (!removed.equals(reversed)) {
      problems.add(new Problem("", "rollback.sh: expected remove_file calls to undo activate.sh's install_file calls in reverse order " + reversed + ", but got " + removed));
    }
    List<String> gatewaysReversed = new ArrayList<>(objects.gateways());
    Collections.reverse(gatewaysReversed);
    List<String> killed = calls(rollback, "kill_gateway");
    if (!killed.equals(gatewaysReversed)) {
      problems.add(new Problem("", "rollback.sh: expected kill_gateway for every gateway in reverse order " + gatewaysReversed + ", but got " + killed));
    }
    int lastKill = rollback.lastIndexOf("\nkill_gateway ");
    int gatewaysRemoved = rollback.indexOf("\nremove_file " + FreeswitchNames.GATEWAYS_INSTALLED);
    if (lastKill >= 0 && gatewaysRemoved >= 0 && lastKill > gatewaysRemoved) {
      problems.add(new Problem("", "rollback.sh: expected the gateways killed before " + FreeswitchNames.GATEWAYS_INSTALLED + " is removed, but got a kill_gateway after it"));
    }
    compare("check_extension", new TreeSet<>(objects.extensions()), new TreeSet<>(calls(precheck, "check_extension")), problems);
    compare("check_gateway", new TreeSet<>(objects.gateways()), new TreeSet<>(calls(precheck, "check_gateway")), problems);
  }

  private static void compare(String helper, Set<String> defined, Set<String> shown, List<Problem> problems) {
    for (String name : defined) {
      if (!shown.contains(name)) {
        problems.add(Problem.of(name, "precheck.sh: expected '" + helper + " " + name + "' for an object activate.sh adds, but got none"));
      }
    }
    for (String name : shown) {
      if (!defined.contains(name)) {
        problems.add(Problem.of(name, "precheck.sh: expected " + helper + " only for objects activate.sh adds, but got '" + name + "'"));
      }
    }
  }

  /** The arguments of every call of one helper, in script order ("SOURCE DEST" or "NAME"). */
  private static List<String> calls(String script, String helper) {
    List<String> found = new ArrayList<>();
    Matcher m = CALL.matcher(script);
    while (m.find()) {
      if (m.group(1).equals(helper)) {
        found.add(m.group(3) == null ? m.group(2) : m.group(2) + " " + m.group(3));
      }
    }
    return found;
  }
}
