package hotline.target.asterisk;

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
 * Asterisk with PJSIP: per request a dialplan file and a PJSIP file, plus one dialplan file all
 * requests share (each service's 404), installed as {@code #include} files by activate,
 * pre-check and rollback shell scripts that take request ids, so each request can be activated and
 * rolled back on its own. Objects are named, not numbered, so
 * the index base is not used. Every rendering passes {@link AsteriskChecker} or is refused.
 */
public final class AsteriskTarget implements Target {
  private static final List<String> SCRIPTS = List.of("activate.sh", "precheck.sh", "rollback.sh");
  private static final List<String> FILES = List.of(AsteriskNames.EXTENSIONS_FILE, AsteriskNames.extensionsFile("<request>"), AsteriskNames.pjsipFile("<request>"), "activate.sh", "precheck.sh", "rollback.sh");

  @Override
  public String name() {
    return "asterisk";
  }

  @Override
  public String description() {
    return "Asterisk (PJSIP): extensions.conf and pjsip.conf fragments per request as #include files, shell scripts around asterisk -rx";
  }

  @Override
  public List<String> files() {
    return FILES;
  }

  @Override
  public List<GeneratedFile> render(Plan plan, RenderContext context) throws RenderException {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Object> model = AsteriskModel.of(plan, problems);
    if (!problems.isEmpty()) {
      throw new RenderException(problems);
    }
    Map<String, String> rendered = new LinkedHashMap<>();
    rendered.put(AsteriskNames.EXTENSIONS_FILE, context.templates().render("asterisk/" + AsteriskNames.EXTENSIONS_FILE + ".ftl", model));
    for (Object activation : (List<?>) model.get("activations")) {
      Map<String, Object> request = new LinkedHashMap<>(model);
      request.put("a", activation);
      String id = (String) ((Map<?, ?>) activation).get("id");
      rendered.put(AsteriskNames.extensionsFile(id), context.templates().render("asterisk/extensions_request.conf.ftl", request));
      rendered.put(AsteriskNames.pjsipFile(id), context.templates().render("asterisk/pjsip_request.conf.ftl", request));
    }
    for (String script : SCRIPTS) {
      rendered.put(script, context.templates().render("asterisk/" + script + ".ftl", model));
    }
    for (AsteriskChecker.Problem p : AsteriskChecker.check(rendered)) {
      problems.add(diagnostic(plan, p));
    }
    if (!problems.isEmpty()) {
      throw new RenderException(problems);
    }
    List<GeneratedFile> files = new ArrayList<>();
    rendered.forEach((path, content) -> files.add(new GeneratedFile(path, content, path.endsWith(".sh"))));
    return files;
  }

  /** A checker problem as a diagnostic at its request's source, or at the first source file. */
  private static Diagnostic diagnostic(Plan plan, AsteriskChecker.Problem p) {
    SourcePosition at = plan.activation(p.requestId()).map(AsteriskModel::at)
        .orElseGet(() -> SourcePosition.ofFile(plan.sources().isEmpty() ? "(plan)" : plan.sources().get(0)));
    return new Diagnostic(at, "", "asterisk: generated output fails its check: " + p.message());
  }
}
