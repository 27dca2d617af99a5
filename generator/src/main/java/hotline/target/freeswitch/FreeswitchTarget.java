package hotline.target.freeswitch;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.SourcePosition;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeSWITCH with mod_sofia and the XML dialplan: a dialplan fragment and a gateways fragment
 * copied into the stock configuration's include folders, with activate, pre-check and rollback
 * shell scripts around {@code fs_cli}. Objects are named, not numbered, so the index base is not
 * used. Every rendering passes {@link FreeswitchChecker} or is refused.
 */
public final class FreeswitchTarget implements Target {
  private static final List<String> FILES = List.of(FreeswitchNames.DIALPLAN_FILE, FreeswitchNames.GATEWAYS_FILE, "activate.sh", "precheck.sh", "rollback.sh");

  @Override
  public String name() {
    return "freeswitch";
  }

  @Override
  public String description() {
    return "FreeSWITCH (mod_sofia): XML dialplan and sofia gateway fragments, shell scripts around fs_cli";
  }

  @Override
  public List<String> files() {
    return FILES;
  }

  @Override
  public List<GeneratedFile> render(Plan plan, RenderContext context) throws RenderException {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Object> model = FreeswitchModel.of(plan, problems);
    if (!problems.isEmpty()) {
      throw new RenderException(problems);
    }
    Map<String, String> rendered = new LinkedHashMap<>();
    for (String file : FILES) {
      rendered.put(file, context.templates().render("freeswitch/" + file + ".ftl", model));
    }
    for (FreeswitchChecker.Problem p : FreeswitchChecker.check(rendered)) {
      SourcePosition at = plan.activation(p.requestId()).map(FreeswitchModel::at)
          .orElseGet(() -> SourcePosition.ofFile(plan.sources().isEmpty() ? "(plan)" : plan.sources().get(0)));
      problems.add(new Diagnostic(at, "", "freeswitch: generated output fails its check: " + p.message()));
    }
    if (!problems.isEmpty()) {
      throw new RenderException(problems);
    }
    List<GeneratedFile> files = new ArrayList<>();
    rendered.forEach((path, content) -> files.add(new GeneratedFile(path, content, path.endsWith(".sh"))));
    return files;
  }
}
