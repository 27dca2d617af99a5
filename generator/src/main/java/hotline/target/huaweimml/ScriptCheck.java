package hotline.target.huaweimml;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.SourcePosition;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.render.RenderException;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link MmlChecker} on a target's rendered scripts and turns its problems into diagnostics
 * that name the request's source, so a target never returns scripts that fail the check.
 */
public final class ScriptCheck {
  private ScriptCheck() {}

  /**
   * Checks the scripts of one render.
   *
   * @param target the target's name, for the diagnostics
   * @param scripts the rendered files by name ({@code activate.mml}, ...)
   * @throws RenderException with one diagnostic per problem
   */
  public static void verify(Plan plan, String target, Map<String, String> scripts) throws RenderException {
    List<String> ids = plan.activations().stream().map(Activation::id).toList();
    List<MmlProblem> problems = new MmlChecker(MmlSchema.HUAWEI)
        .check(ids, scripts.get(MmlChecker.ACTIVATE), scripts.get(MmlChecker.PRECHECK), scripts.get(MmlChecker.ROLLBACK));
    if (!problems.isEmpty()) {
      throw new RenderException(problems.stream().map(p -> diagnostic(plan, target, p)).toList());
    }
  }

  /** A diagnostic at the request's source, or at the first request file when no request is concerned. */
  static Diagnostic diagnostic(Plan plan, String target, MmlProblem p) {
    String where = target + "/" + p.file() + (p.line() > 0 ? ":" + p.line() : "");
    return new Diagnostic(position(plan, p.section()), where, "generated script fails the Huawei MML check: " + p.message());
  }

  /** Where a request was written, or the first request file. */
  static SourcePosition position(Plan plan, String requestId) {
    return plan.activation(requestId)
        .map(a -> new SourcePosition(a.source().file(), a.source().line(), 0))
        .orElseGet(() -> SourcePosition.ofFile(plan.sources().isEmpty() ? "(plan)" : plan.sources().get(0)));
  }
}
