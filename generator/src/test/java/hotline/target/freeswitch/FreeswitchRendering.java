package hotline.target.freeswitch;

import hotline.Fixtures;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.TemplateEngine;
import hotline.request.RequestFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;

import java.util.Map;

/** Renders fixtures with the freeswitch target, for tests. */
final class FreeswitchRendering {
  private FreeswitchRendering() {}

  static Plan plan(String... fixtures) throws Exception {
    return new RequestFiles().load(Arrays.stream(fixtures).map(f -> Fixtures.fixtures().resolve("requests").resolve(f)).toList());
  }

  static Map<String, String> render(Plan plan) throws RenderException {
    Map<String, String> files = new LinkedHashMap<>();
    for (GeneratedFile f : new FreeswitchTarget().render(plan, new RenderContext(TemplateEngine.bundled(), Path.of("/srv/hotline/out/freeswitch"), 100))) {
      files.put(f.path(), f.content());
    }
    return files;
  }

  static Map<String, String> render(String... fixtures) throws Exception {
    return render(plan(fixtures));
  }
}
