package hotline.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of the project: pinned incompatible improvements, exceptions
 * rethrown, and no way for a template (bundled or passed with {@code --templates}) to reach Java
 * classes or the file system: models are plain maps, lists and text wrapped by {@link
 * SimpleObjectWrapper}, {@code ?new} resolves nothing and {@code ?api} is off; template names
 * cannot back out of the template root, and an override that is a link to a file outside its
 * folder is refused (TemplateSandboxTest).
 */
public final class TemplateEngine {
  private static final String BUNDLED = "/templates";
  private final Configuration config;
  private final Optional<Path> overrides;

  private TemplateEngine(Optional<Path> overrides) {
    this.overrides = overrides;
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    c.setLocalizedLookup(false);
    c.setWhitespaceStripping(true);
    TemplateLoader bundled = new ClassTemplateLoader(TemplateEngine.class, BUNDLED);
    if (overrides.isPresent()) {
      try {
        c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.get().toFile()), bundled}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      c.setTemplateLoader(bundled);
    }
    this.config = c;
  }

  /** The templates shipped with hotline. */
  public static TemplateEngine bundled() {
    return new TemplateEngine(Optional.empty());
  }

  /**
   * The bundled templates, where {@code dir/<target>/<file>} overrides the bundled file of the
   * same name.
   *
   * @throws IllegalArgumentException when the folder does not exist
   */
  public static TemplateEngine withOverrides(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("expected a folder of templates, but '" + dir + "' is not a folder");
    }
    return new TemplateEngine(Optional.of(dir));
  }

  /** The override folder, if any. */
  public Optional<Path> overrides() {
    return overrides;
  }

  /**
   * Renders a template with a model made of maps, lists, text, numbers and booleans only.
   *
   * @param name the template's path under the template root: {@code kamailio/kamailio.cfg.ftl}
   * @throws TemplateFailure naming the template and the line when rendering fails
   */
  public String render(String name, Map<String, ?> model) {
    try {
      Template t = config.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException | SecurityException e) {
      // SecurityException: FileTemplateLoader refuses an override that links outside its folder
      throw new TemplateFailure(name, e);
    }
  }

  /** Rendering a template failed: a broken template (often an override), not bad input. */
  public static final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemplateFailure(String name, Exception cause) {
      super("template " + name + ": " + cause.getMessage().lines().findFirst().orElse(""), cause);
    }
  }
}
