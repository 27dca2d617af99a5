package hotline.target.asterisk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a rendering of the asterisk target before anyone runs it: the configuration files parse,
 * the dialplan is consistent with itself and with the PJSIP files, and each request's files stand
 * alone ({@link DialplanRules}), and each request's script sections install, show and remove the
 * same objects ({@link ScriptRules}). The target runs it on its own output and refuses to return output that fails.
 */
public final class AsteriskChecker {
  private AsteriskChecker() {}

  /**
   * One broken rule.
   *
   * @param requestId the request whose object breaks it, or "" when it is not one request's
   * @param message {@code file:line: expected ..., but got ...}
   */
  public record Problem(String requestId, String message) {
    static Problem of(String name, String message) {
      return new Problem(AsteriskNames.requestOf(name).orElse(""), message);
    }
  }

  /**
   * Checks the target's files.
   *
   * @param files file name → content: {@value AsteriskNames#EXTENSIONS_FILE}, for each request
   *     extensions_hotline_ID.conf and pjsip_hotline_ID.conf, activate.sh, precheck.sh, rollback.sh
   * @return every problem found, empty when the rendering is sound
   */
  public static List<Problem> check(Map<String, String> files) {
    List<Problem> problems = new ArrayList<>();
    List<String> syntax = new ArrayList<>();
    ConfFile shared = ConfFile.parse(AsteriskNames.EXTENSIONS_FILE, file(files, AsteriskNames.EXTENSIONS_FILE, problems), syntax);
    Map<String, ConfFile> extensions = new LinkedHashMap<>();
    Map<String, ConfFile> pjsip = new LinkedHashMap<>();
    files.forEach((name, text) -> {
      if (name.startsWith(AsteriskNames.EXTENSIONS_PREFIX) && name.endsWith(AsteriskNames.SUFFIX)) {
        extensions.put(requestOf(name, AsteriskNames.EXTENSIONS_PREFIX), ConfFile.parse(name, text, syntax));
      } else if (name.startsWith(AsteriskNames.PJSIP_PREFIX) && name.endsWith(AsteriskNames.SUFFIX)) {
        pjsip.put(requestOf(name, AsteriskNames.PJSIP_PREFIX), ConfFile.parse(name, text, syntax));
      }
    });
    syntax.forEach(s -> problems.add(new Problem("", s)));
    for (String id : extensions.keySet()) {
      if (!pjsip.containsKey(id)) {
        problems.add(new Problem(id, AsteriskNames.pjsipFile(id) + ": expected the file of request " + id + " in the rendering, but got none"));
      }
    }
    for (String id : pjsip.keySet()) {
      if (!extensions.containsKey(id)) {
        problems.add(new Problem(id, AsteriskNames.extensionsFile(id) + ": expected the file of request " + id + " in the rendering, but got none"));
      }
    }
    DialplanRules.check(shared, extensions, pjsip, problems);
    ScriptRules.check(extensions, pjsip, file(files, "activate.sh", problems), file(files, "precheck.sh", problems), file(files, "rollback.sh", problems), problems);
    return problems;
  }

  private static String requestOf(String name, String prefix) {
    return name.substring(prefix.length(), name.length() - AsteriskNames.SUFFIX.length());
  }

  private static String file(Map<String, String> files, String name, List<Problem> problems) {
    Optional<String> text = Optional.ofNullable(files.get(name));
    if (text.isEmpty()) {
      problems.add(new Problem("", name + ": expected the file in the rendering, but got none"));
    }
    return text.orElse("");
  }
}
