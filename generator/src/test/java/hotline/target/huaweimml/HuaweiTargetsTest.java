package hotline.target.huaweimml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.Fixtures;
import hotline.diagnostics.Diagnostic;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.plan.SourceRef;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.Target;
import hotline.render.TemplateEngine;
import hotline.render.Targets;
import hotline.request.RequestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What both Huawei targets promise: checked output, indices from the base, refusals with diagnostics. */
class HuaweiTargetsTest {
  private static final Path OUT = Path.of("/srv/hotline/out");

  static Plan plan(String fixture) throws Exception {
    return new RequestFiles().load(List.of(Fixtures.fixtures().resolve("requests/" + fixture + ".yaml")));
  }

  static Target target(String name) {
    return Targets.installed().byName(name).orElseThrow();
  }

  static Map<String, String> render(String target, Plan plan, int indexBase) throws RenderException {
    return render(target, plan, indexBase, TemplateEngine.bundled());
  }

  static Map<String, String> render(String target, Plan plan, int indexBase, TemplateEngine engine) throws RenderException {
    return target(target).render(plan, new RenderContext(engine, OUT.resolve(target), indexBase)).stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content, (a, b) -> a, TreeMap::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void writesTheThreeScripts(String name) throws Exception {
    assertThat(render(name, plan("guangdong"), 100).keySet()).containsExactly("activate.mml", "precheck.mml", "rollback.mml");
    assertThat(target(name).files()).containsExactly("activate.mml", "precheck.mml", "rollback.mml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void allocatesFromTheIndexBase(String name) throws Exception {
    String activate = render(name, plan("guangdong"), 5000).get("activate.mml");
    assertThat(activate).contains("ADD DNC: DCX=5000,", "ADD DNC: DCX=5001,", "ADD DNC: DCX=5002,", "ADD CHGANA: CHSC=5002,")
        .doesNotContain("=100,", "=101,", "=102,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void marksEveryGuessInTheScript(String name) throws Exception {
    for (String fixture : List.of("beijing", "guangdong", "hebei-12345", "remote-seats", "shandong")) {
      String activate = render(name, plan(fixture), 100).get("activate.mml");
      for (String line : activate.lines().filter(l -> l.startsWith("ADD ")).toList()) {
        boolean hasGuesses = line.startsWith("ADD DNC") || line.startsWith("ADD CNACLD") || line.startsWith("ADD CHGANA") || line.startsWith("ADD PBX")
            || line.startsWith("ADD N7T") || line.startsWith("ADD PRA") || line.startsWith("ADD SIPTG");
        if (hasGuesses) {
          assertThat(line).as(fixture + ": a statement with guessed parameters").contains("/* [guess]", "verify against your switch's MML manual */");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void refusesTwoRequestsOnOnePrefix(String name) throws Exception {
    Plan plan = plan("shandong");
    Activation jinan = plan.activation("jinan").orElseThrow();
    Activation twin = new Activation("jinan-again", new SourceRef("fixtures/requests/twin.yaml", 7), jinan.network(), jinan.numberChange(), jinan.huntGroup(),
        jinan.trunk(), jinan.charging(), jinan.noAnswerSeconds(), jinan.remoteSeats(), jinan.dates(), jinan.expectations());
    List<Activation> both = new ArrayList<>(plan.activations());
    both.add(twin);
    Plan clash = new Plan(plan.sources(), both);
    assertThatThrownBy(() -> render(name, clash, 100))
        .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.diagnostics())
            .anySatisfy(d -> {
              assertThat(d.position().toString()).isEqualTo("fixtures/requests/twin.yaml:7");
              assertThat(d.field()).startsWith(name + "/activate.mml:");
              assertThat(d.message()).contains("expected CNACLD LP=0, PFX=K'12333 to be free, but it is already added by request jinan");
            }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void refusesAnOverriddenTemplateThatBreaksTheRollback(String name, @TempDir Path dir) throws Exception {
    Path bundled = Fixtures.root().resolve("templates/" + name + "/rollback.mml.ftl");
    String text = Files.readString(bundled, StandardCharsets.UTF_8);
    assertThat(text).contains("RMV DNC: DCX=${r.n};\n");
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name + "/rollback.mml.ftl"), text.replace("RMV DNC: DCX=${r.n};\n", ""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> render(name, plan("beijing"), 100, TemplateEngine.withOverrides(dir)))
        .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::headline)
            .anySatisfy(h -> assertThat(h).contains("fixtures/requests/beijing.yaml:3: error: " + name + "/rollback.mml:")
                .contains("expected RMV DNC DCX=100 of request beijing here")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void refusesASourceNameThatWouldEndTheHeaderComment(String name) throws Exception {
    Plan plan = plan("beijing");
    Plan hostile = new Plan(List.of("x */ RMV CNACLD: LP=0, PFX=K'1; /*.yaml"), plan.activations());
    assertThatThrownBy(() -> render(name, hostile, 100))
        .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.diagnostics()).singleElement()
            .satisfies(d -> assertThat(d.message()).startsWith("request file name: expected comment text without /*")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"huawei-softx3000", "huawei-cc08"})
  void committedGoldensPassTheChecker(String name) throws Exception {
    Path golden = Fixtures.root().resolve("generator/src/test/golden");
    for (String fixture : List.of("beijing", "guangdong", "hebei-12345", "remote-seats", "shandong")) {
      Path dir = golden.resolve(fixture).resolve(name);
      List<String> ids = plan(fixture).activations().stream().map(Activation::id).toList();
      List<MmlProblem> problems = new MmlChecker(MmlSchema.HUAWEI).check(ids, Files.readString(dir.resolve("activate.mml")),
          Files.readString(dir.resolve("precheck.mml")), Files.readString(dir.resolve("rollback.mml")));
      assertThat(problems).as(fixture).isEmpty();
    }
  }
}
