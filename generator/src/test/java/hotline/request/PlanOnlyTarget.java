package hotline.request;

import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A target for tests of {@code hotline generate} that must not depend on any real switch's
 * templates: it writes the request ids, one a line. It is installed only inside {@link #with}, so
 * {@code hotline targets} and the golden-file tests never see it.
 */
public final class PlanOnlyTarget implements Target {
  /** The name to pass to {@code --target}. */
  public static final String NAME = "plan-only";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "request ids, one a line (tests only)";
  }

  @Override
  public List<String> files() {
    return List.of("ids.txt");
  }

  @Override
  public List<GeneratedFile> render(Plan plan, RenderContext context) {
    String ids = plan.activations().stream().map(Activation::id).collect(Collectors.joining("\n", "", "\n"));
    return List.of(new GeneratedFile("ids.txt", ids, false));
  }

  /**
   * Runs {@code action} with this target registered through {@link java.util.ServiceLoader}: a
   * class loader over a folder holding only its service file becomes the thread's context loader.
   *
   * @param scratch an empty folder for the service file
   */
  public static <T> T with(Path scratch, Supplier<T> action) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {serviceFolder(scratch)}, previous)) {
      Thread.currentThread().setContextClassLoader(loader);
      return action.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static URL serviceFolder(Path scratch) throws MalformedURLException {
    try {
      Path services = Files.createDirectories(scratch.resolve("META-INF/services"));
      Files.writeString(services.resolve(Target.class.getName()), PlanOnlyTarget.class.getName() + "\n");
      return scratch.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
