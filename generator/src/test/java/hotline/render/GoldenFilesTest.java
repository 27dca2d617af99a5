package hotline.render;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import hotline.plan.Plan;
import hotline.request.RequestFiles;
import hotline.yaml.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files by convention: every fixture in {@code fixtures/requests/} rendered for every
 * target must equal {@code src/test/golden/<fixture>/<target>/...} byte for byte; a golden file
 * with no rendered counterpart (an orphan) fails, and so does a rendered file with no golden one.
 * Each case renders twice and must be byte-identical. Regenerate with {@code
 * -Dhotline.golden.update=true}.
 */
class GoldenFilesTest {
  /** The output folder the goldens are rendered for (some targets name their own folder). */
  static final Path OUT = Path.of("/srv/hotline/out");

  static final Path GOLDEN = Fixtures.root().resolve("generator/src/test/golden");
  static final boolean UPDATE = Boolean.getBoolean("hotline.golden.update");

  @TestFactory
  Stream<DynamicTest> everyFixtureForEveryTarget() {
    Targets targets = Targets.installed();
    return Fixtures.requestFiles().stream()
        .flatMap(file -> targets.names().stream().map(t -> DynamicTest.dynamicTest(name(file) + " → " + t, () -> check(file, t))));
  }

  @Test
  void noGoldenFolderWithoutFixtureOrTarget() throws IOException {
    List<String> fixtures = Fixtures.requestFiles().stream().map(GoldenFilesTest::name).toList();
    List<String> targets = Targets.installed().names();
    if (!Files.isDirectory(GOLDEN)) {
      return; // no golden files yet (no target installed): nothing can be an orphan
    }
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      for (Path dir : dirs.toList()) {
        assertThat(fixtures).as("golden folder %s has no fixture", dir).contains(dir.getFileName().toString());
        try (Stream<Path> ts = Files.list(dir)) {
          ts.filter(p -> !p.getFileName().toString().equals("plan.json"))
              .forEach(t -> assertThat(targets).as("golden folder %s has no target", t).contains(t.getFileName().toString()));
        }
      }
    }
  }

  private static void check(Path file, String target) throws Exception {
    Map<String, String> first = render(file, target);
    Map<String, String> second = render(file, target);
    assertThat(second).as("rendering twice is byte-identical").isEqualTo(first);
    Path dir = GOLDEN.resolve(name(file));
    if (UPDATE) {
      OutputFolder.deleteTree(dir.resolve(target));
      for (Map.Entry<String, String> e : first.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    Map<String, String> golden = read(dir, target);
    assertThat(first.keySet()).as("rendered files vs golden files (orphans on either side fail)").isEqualTo(golden.keySet());
    for (String path : first.keySet()) {
      assertThat(first.get(path)).as("%s/%s differs from its golden file; rerun with -Dhotline.golden.update=true after checking the change", name(file), path)
          .isEqualTo(golden.get(path));
    }
  }

  private static Map<String, String> render(Path file, String target) throws Exception {
    // named relative to the checkout, so the goldens do not depend on where it lies
    Plan plan = new RequestFiles().load(SourceText.decode(Fixtures.relative(file), Files.readAllBytes(file)));
    List<GeneratedFile> files =
        new Generator(Targets.installed()).render(plan, new GenerateSettings(List.of(file), List.of(target), OUT, Optional.empty(), 100), OUT);
    Map<String, String> out = new TreeMap<>();
    for (GeneratedFile f : files) {
      out.put(f.path(), f.content());
    }
    return out;
  }

  private static Map<String, String> read(Path dir, String target) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> paths = new ArrayList<>();
    if (Files.exists(dir.resolve("plan.json"))) {
      paths.add(dir.resolve("plan.json"));
    }
    if (Files.isDirectory(dir.resolve(target))) {
      try (Stream<Path> s = Files.walk(dir.resolve(target))) {
        s.filter(Files::isRegularFile).forEach(paths::add);
      }
    }
    for (Path p : paths) {
      out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
    }
    return out;
  }

  static String name(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.length() - ".yaml".length());
  }
}
