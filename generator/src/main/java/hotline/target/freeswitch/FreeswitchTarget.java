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
 * FreeSWITCH with mod_sofia and the XML dialplan: per request a dialplan file and a gateway file,
 * plus per service code a file with its 404 that sorts after the requests' files, copied into the
 * stock configuration's include folders by activate, pre-check and rollback shell scripts around
 * {@code fs_cli} that take request ids, so each request can be activated and rolled back alone. Objects are named, not numbered, so the index base is not
 * used. Every rendering passes {@link FreeswitchChecker} or is refused.
 */
public final class FreeswitchTarget implements Target {
  private static final List<String> SCRIPTS = List.of("activate.sh", "precheck.sh", "rollback.sh");
  private static final List<String> FILES = List.of(
      FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.areaFile("<code>", "<request>"),
      FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.noAreaFile("<code>"),
      FreeswitchNames.GATEWAY_DIR + FreeswitchNames.gatewayFile("<request>"),
      "activate.sh", "precheck.sh", "rollback.sh");

  @Override
  public String name() {
    return "freeswitch";
  }

  @Override
  public String description() {
    return "FreeSWITCH (mod_sofia): XML dialplan and sofia gateway files per request, shell scripts around fs_cli";
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
    for (Object service : (List<?>) model.get("services")) {
      Map<String, Object> m = new LinkedHashMap<>(model);
      m.put("s", service);
      for (Object activation : (List<?>) ((Map<?, ?>) service).get("activations")) {
        Map<String, Object> request = new LinkedHashMap<>(model);
        request.put("a", activation);
        Map<?, ?> a = (Map<?, ?>) activation;
        rendered.put((String) a.get("areaFile"), context.templates().render("freeswitch/dialplan/area.xml.ftl", request));
        rendered.put((String) a.get("gatewayFile"), context.templates().render("freeswitch/sip_profiles/gateway.xml.ftl", request));
      }
      rendered.put((String) ((Map<?, ?>) service).get("noAreaFile"), context.templates().render("freeswitch/dialplan/no-area.xml.ftl", m));
    }
    for (String script : SCRIPTS) {
      rendered.put(script, context.templates().render("freeswitch/" + script + ".ftl", model));
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
