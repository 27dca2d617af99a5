package hotline.target.asterisk;

import hotline.Fixtures;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.TemplateEngine;
import hotline.request.RequestFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders fixtures with the asterisk target, for tests. */
final class AsteriskRendering {
  private AsteriskRendering() {}

  static Plan plan(String fixture) throws Exception {
    return new RequestFiles().load(List.of(Fixtures.fixtures().resolve("requests").resolve(fixture)));
  }

  static Map<String, String> render(Plan plan) throws RenderException {
    Map<String, String> files = new LinkedHashMap<>();
    for (GeneratedFile f : new AsteriskTarget().render(plan, new RenderContext(TemplateEngine.bundled(), Path.of("/srv/hotline/out/asterisk"), 100))) {
      files.put(f.path(), f.content());
    }
    return files;
  }

  static Map<String, String> render(String fixture) throws Exception {
    return render(plan(fixture));
  }
}
