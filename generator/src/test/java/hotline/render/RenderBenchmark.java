package hotline.render;

import hotline.plan.Plan;
import hotline.request.RequestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark command, not a test: the in-process rate of load + plan + render for
 * fixtures/national.yaml (328 requests), warm, for the Kamailio target and for every target.
 *
 * <pre>
 * ./mvnw -B -q -pl generator test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=hotline.render.RenderBenchmark -Dexec.args=fixtures/national.yaml
 * </pre>
 */
public final class RenderBenchmark {
  private static final int WARM_UP = 30;
  private static final int MEASURED = 30;

  private RenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "fixtures/national.yaml");
    Path out = Path.of("target/render-benchmark").toAbsolutePath();
    Generator generator = new Generator(Targets.installed());
    for (List<String> targets : List.of(List.of("kamailio"), Targets.installed().names())) {
      GenerateSettings settings = new GenerateSettings(List.of(file), targets, out, Optional.empty(), 100);
      Plan plan = new RequestFiles().load(List.of(file));
      for (int i = 0; i < WARM_UP; i++) {
        generator.render(new RequestFiles().load(List.of(file)), settings, out);
      }
      long start = System.nanoTime();
      for (int i = 0; i < MEASURED; i++) {
        generator.render(new RequestFiles().load(List.of(file)), settings, out);
      }
      double whole = (System.nanoTime() - start) / 1e6 / MEASURED;
      start = System.nanoTime();
      for (int i = 0; i < MEASURED; i++) {
        generator.render(plan, settings, out);
      }
      double render = (System.nanoTime() - start) / 1e6 / MEASURED;
      int n = plan.activations().size();
      System.out.printf(
          "%s: load+plan+render %.1f ms per file = %.0f requests/s; render only %.1f ms = %.0f requests/s%n",
          targets.size() == 1 ? targets.get(0) : "all " + targets.size() + " targets", whole, n / whole * 1000, render, n / render * 1000);
    }
  }
}
