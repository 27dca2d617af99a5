package hotline.junit;

import hotline.render.OutputFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link HotlineRequests}: one {@link Hotline} per test class, started
 * before its first test and closed after its last (also when tests fail).
 */
public final class HotlineExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(HotlineExtension.class);

  /** Closes the test bed when the class's store is closed. */
  private record Resource(Hotline hotline, Path workDir) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() throws java.io.IOException {
      try {
        hotline.close();
      } finally {
        OutputFolder.deleteTree(workDir);
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    HotlineRequests requests = context.getRequiredTestClass().getAnnotation(HotlineRequests.class);
    if (requests == null) {
      throw new IllegalStateException("@ExtendWith(HotlineExtension.class) needs @HotlineRequests(\"file.yaml\") on " + context.getRequiredTestClass().getName());
    }
    List<Path> files = Arrays.stream(requests.value()).map(Path::of).toList();
    Path work = Files.createTempDirectory("hotline-junit-");
    context.getStore(NS).put(Resource.class, new Resource(Hotline.start(files, work), work));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Hotline.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Resource r = context.getStore(NS).get(Resource.class, Resource.class);
    if (r == null) {
      throw new ParameterResolutionException("no hotline test bed: annotate the class with @HotlineRequests");
    }
    return r.hotline();
  }
}
