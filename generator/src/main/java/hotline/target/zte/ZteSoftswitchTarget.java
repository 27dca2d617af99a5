package hotline.target.zte;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.SourcePosition;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.Target;
import hotline.target.zte.check.Problem;
import hotline.target.zte.check.ZteScriptChecker;
import java.util.List;
import java.util.Map;

/**
 * ZTE softswitch / IMS (ZXSS10, ZXUN) office data in MML: activate, pre-check and rollback scripts
 * with a section per request. Every script is run through {@link ZteScriptChecker} before it is
 * returned; a script that fails it is never handed out.
 */
public final class ZteSoftswitchTarget implements Target {
  /** The target's name. */
  public static final String NAME = "zte-softswitch";

  private static final List<String> FILES = List.of(ZteScriptChecker.ACTIVATE, ZteScriptChecker.PRECHECK, ZteScriptChecker.ROLLBACK);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "ZTE softswitch / IMS (ZXSS10, ZXUN) MML: number analysis, routing chain, hunt group, CAC; pre-check and rollback";
  }

  @Override
  public List<String> files() {
    return FILES;
  }

  @Override
  public List<GeneratedFile> render(Plan plan, RenderContext context) throws RenderException {
    Map<String, Object> model;
    try {
      model = ZteViewModel.of(plan, NAME, context.indexBase());
    } catch (IllegalArgumentException e) {
      throw new RenderException(List.of(new Diagnostic(position(plan, ""), NAME, e.getMessage())));
    }
    String activate = context.templates().render(NAME + "/activate.mml.ftl", model);
    String precheck = context.templates().render(NAME + "/precheck.mml.ftl", model);
    String rollback = context.templates().render(NAME + "/rollback.mml.ftl", model);
    List<Problem> problems = new ZteScriptChecker().check(activate, precheck, rollback);
    if (!problems.isEmpty()) {
      throw new RenderException(problems.stream()
          .map(p -> new Diagnostic(position(plan, p.section()), NAME, "the generated " + p.file() + " fails the ZTE MML check at line " + p.line() + ": " + p.message()))
          .toList());
    }
    return List.of(
        new GeneratedFile(ZteScriptChecker.ACTIVATE, activate, false),
        new GeneratedFile(ZteScriptChecker.PRECHECK, precheck, false),
        new GeneratedFile(ZteScriptChecker.ROLLBACK, rollback, false));
  }

  /** Where the request of a section was written; the first source for the file header. */
  private static SourcePosition position(Plan plan, String requestId) {
    return plan.activation(requestId)
        .map(Activation::source)
        .map(s -> new SourcePosition(s.file(), s.line(), 0))
        .orElseGet(() -> SourcePosition.ofFile(plan.sources().isEmpty() ? NAME : plan.sources().get(0)));
  }
}
