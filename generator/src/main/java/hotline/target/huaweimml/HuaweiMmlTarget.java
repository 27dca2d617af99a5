package hotline.target.huaweimml;

import hotline.diagnostics.Diagnostic;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.Target;
import hotline.render.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Huawei MML targets share: the numbering, the header and per-request model, the three
 * scripts ({@code activate.mml}, {@code precheck.mml}, {@code rollback.mml}) rendered from {@code
 * templates/<name>/<file>.ftl}, and the structural check every render must pass. A subclass adds
 * its switch's trunk to each request's model.
 */
public abstract class HuaweiMmlTarget implements Target {
  @Override
  public final List<String> files() {
    return List.of(MmlChecker.ACTIVATE, MmlChecker.PRECHECK, MmlChecker.ROLLBACK);
  }

  /** The switch's name in the scripts' headers: {@code Huawei SoftX3000 softswitch}. */
  protected abstract String title();

  /**
   * Adds the trunk toward the call center to a request's model (and the pre-existing objects it
   * relies on to the assumptions).
   *
   * @throws IllegalArgumentException when a value cannot be written safely
   */
  protected abstract void trunk(Activation a, Map<String, Object> view, Numbering numbering, Assumptions assumptions);

  @Override
  public final List<GeneratedFile> render(Plan plan, RenderContext context) throws RenderException {
    Numbering numbering = new Numbering(plan, context.indexBase());
    Assumptions assumptions = new Assumptions();
    List<Map<String, Object>> requests = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Activation a : plan.activations()) {
      if (numbering.slot(a) > Numbering.MAX_INDEX) {
        problems.add(new Diagnostic(ScriptCheck.position(plan, a.id()), "--index-base",
            "expected indices up to " + Numbering.MAX_INDEX + " (65535 means none), but request " + a.id() + " would take " + numbering.slot(a)));
        continue;
      }
      try {
        Map<String, Object> view = RequestView.common(a, numbering, assumptions);
        trunk(a, view, numbering, assumptions);
        requests.add(view);
      } catch (IllegalArgumentException e) {
        problems.add(new Diagnostic(ScriptCheck.position(plan, a.id()), name(), e.getMessage()));
      }
    }
    List<String> sources = new ArrayList<>();
    for (String s : plan.sources()) {
      try {
        sources.add(MmlText.comment(s));
      } catch (IllegalArgumentException e) {
        problems.add(new Diagnostic(ScriptCheck.position(plan, ""), name(), "request file name: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new RenderException(problems);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("version", Version.current());
    model.put("target", name());
    model.put("title", title());
    model.put("sources", sources);
    model.put("ids", plan.activations().stream().map(Activation::id).toList());
    model.put("indexBase", context.indexBase());
    model.put("assumptions", assumptions.model());
    model.put("requests", requests);
    Map<String, String> scripts = new LinkedHashMap<>();
    for (String file : files()) {
      scripts.put(file, context.templates().render(name() + "/" + file + ".ftl", model));
    }
    ScriptCheck.verify(plan, name(), scripts);
    return scripts.entrySet().stream().map(e -> new GeneratedFile(e.getKey(), e.getValue(), false)).toList();
  }
}
