package hotline.target.asterisk;

import hotline.target.asterisk.AsteriskChecker.Problem;
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
 *   <li>activate.sh installs ({@code install_file FILE PARENT}) only the two fragments, and
 *       rollback.sh removes ({@code remove_file FILE PARENT}) exactly those, in reverse order;
 *   <li>precheck.sh shows every context ({@code check_context}) of the dialplan fragment and every
 *       endpoint ({@code check_endpoint}) of the PJSIP fragment, and nothing else.
 * </ul>
 */
final class ScriptRules {
  private static final Pattern CALL = Pattern.compile("^(install_file|remove_file|check_context|check_endpoint) (\\S+)(?: (\\S+))?$", Pattern.MULTILINE);

  private ScriptRules() {}

  static void check(ConfFile extensions, ConfFile pjsip, String activate, String precheck, String rollback, List<Problem> problems) {
    List<String> installed = calls(activate, "install_file");
    List<String> removed = calls(rollback, "remove_file");
    List<String> reversed = new ArrayList<>(installed);
    Collections.reverse(reversed);
    if (!removed.equals(reversed)) {
      problems.add(new Problem("", "rollback.sh: expected remove_file calls to undo activate.sh's install_file calls in reverse order " + reversed + ", but got " + removed));
    }
    Set<String> fragments = Set.of(AsteriskNames.EXTENSIONS_FILE + " extensions.conf", AsteriskNames.PJSIP_FILE + " pjsip.conf");
    if (!new TreeSet<>(installed).equals(new TreeSet<>(fragments))) {
      problems.add(new Problem("", "activate.sh: expected install_file calls for " + new TreeSet<>(fragments) + ", each once, but got " + installed));
    }
    Set<String> contexts = new TreeSet<>(extensions.sections().stream().map(ConfFile.Section::name).toList());
    Set<String> endpoints = new TreeSet<>(pjsip.sections().stream().filter(s -> s.value("type").equals("endpoint")).map(ConfFile.Section::name).toList());
    compare("check_context", contexts, new TreeSet<>(calls(precheck, "check_context")), problems);
    compare("check_endpoint", endpoints, new TreeSet<>(calls(precheck, "check_endpoint")), problems);
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

  /** The arguments of every call of one helper, in script order ("FILE PARENT" or "NAME"). */
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
