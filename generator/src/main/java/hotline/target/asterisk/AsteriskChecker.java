package hotline.target.asterisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a rendering of the asterisk target before anyone runs it: the two configuration
 * fragments parse, the dialplan is consistent with itself and with the PJSIP fragment ({@link
 * DialplanRules}), and the scripts install, show and remove the same objects ({@link
 * ScriptRules}). The target runs it on its own output and refuses to return output that fails.
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
   * @param files file name → content: {@value AsteriskNames#EXTENSIONS_FILE}, {@value
   *     AsteriskNames#PJSIP_FILE}, activate.sh, precheck.sh, rollback.sh
   * @return every problem found, empty when the rendering is sound
   */
  public static List<Problem> check(Map<String, String> files) {
    List<Problem> problems = new ArrayList<>();
    List<String> syntax = new ArrayList<>();
    ConfFile extensions = ConfFile.parse(AsteriskNames.EXTENSIONS_FILE, file(files, AsteriskNames.EXTENSIONS_FILE, problems), syntax);
    ConfFile pjsip = ConfFile.parse(AsteriskNames.PJSIP_FILE, file(files, AsteriskNames.PJSIP_FILE, problems), syntax);
    syntax.forEach(s -> problems.add(new Problem("", s)));
    DialplanRules.check(extensions, pjsip, problems);
    ScriptRules.check(extensions, pjsip, file(files, "activate.sh", problems), file(files, "precheck.sh", problems), file(files, "rollback.sh", problems), problems);
    return problems;
  }

  private static String file(Map<String, String> files, String name, List<Problem> problems) {
    Optional<String> text = Optional.ofNullable(files.get(name));
    if (text.isEmpty()) {
      problems.add(new Problem("", name + ": expected the file in the rendering, but got none"));
    }
    return text.orElse("");
  }
}
