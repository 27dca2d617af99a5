package hotline.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a target needs besides the plan.
 *
 * @param templates the template engine (bundled templates, possibly overridden)
 * @param targetDir the absolute folder the target's files will end up in (some switches need to
 *     know where their data lives)
 * @param indexBase where the numbers a script allocates (route selection codes, trunk groups,
 *     DNC indices, ...) start, so scripts fit a switch that already holds data
 */
public record RenderContext(TemplateEngine templates, Path targetDir, int indexBase) {
  public RenderContext {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(targetDir, "targetDir");
    if (!targetDir.isAbsolute()) {
      throw new IllegalArgumentException("the target folder must be absolute: " + targetDir);
    }
    if (indexBase < 0 || indexBase > 60000) {
      throw new IllegalArgumentException("expected an index base of 0-60000, but got " + indexBase);
    }
  }
}
