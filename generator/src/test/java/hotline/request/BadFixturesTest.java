package hotline.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hotline.Fixtures;
import hotline.cli.Main;
import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in {@code fixtures/bad/} is a request file with one mistake. Its {@code # expect:}
 * comments list the headlines of every diagnostic it must give (file name left off; paths inside
 * messages relative to the checkout), its {@code # with:} comments the files loaded before it. It
 * must also make {@code hotline generate} exit 2 without creating or touching an output folder
 * (rendered with {@link PlanOnlyTarget}, so no switch's templates are involved).
 */
class BadFixturesTest {
  private static final String EXPECT = "# expect: ";
  private static final String WITH = "# with: ";
  private static final Path BAD = Fixtures.fixtures().resolve("bad").toAbsolutePath().normalize();
  private static final String ROOT = Fixtures.root().toAbsolutePath().normalize() + "/";

  @TempDir Path temp;

  @Test
  void thereAreEnoughBadFiles() {
    assertThat(Fixtures.yamlFiles(BAD)).hasSizeGreaterThanOrEqualTo(45);
  }

  @TestFactory
  Stream<DynamicContainer> eachBadFile() throws Exception {
    Path earlier = temp.resolve("earlier");
    Result valid = run("generate", "--target", PlanOnlyTarget.NAME, "--out", earlier.toString(), Fixtures.fixtures().resolve("requests/beijing.yaml").toString());
    assertThat(valid.code()).as("generating a valid file for the earlier output, stderr:%n%s", valid.err()).isZero();
    Map<String, byte[]> before = snapshot(earlier);
    return Fixtures.yamlFiles(BAD).stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file.getFileName().toString(),
                    Stream.of(
                        DynamicTest.dynamicTest("gives the diagnostics it announces", () -> diagnostics(file)),
                        DynamicTest.dynamicTest("generate exits 2 and writes nothing", () -> writesNothing(file, earlier, before)))));
  }

  private static void diagnostics(Path file) throws IOException {
    List<String> expected = comments(file, EXPECT);
    assertThat(expected).as("%s announces no '%s' line", file.getFileName(), EXPECT.strip()).isNotEmpty();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new RequestFiles().load(inputs(file)));
    assertThat(e).as("%s loads without an error", file.getFileName()).isNotNull();
    List<String> actual = e.diagnostics().stream().map(d -> headline(d, file)).toList();
    assertThat(actual).as("diagnostics of %s", file.getFileName()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private void writesNothing(Path file, Path earlier, Map<String, byte[]> before) throws IOException {
    Path fresh = temp.resolve("fresh-" + file.getFileName());
    Result created = generate(fresh, file);
    assertThat(created.code()).as("exit code, stderr:%n%s", created.err()).isEqualTo(Main.INVALID);
    assertThat(fresh).as("a new output folder is not created").doesNotExist();
    for (String line : comments(file, EXPECT)) {
      assertThat(created.err()).contains(line.substring(line.indexOf("error: ")));
    }
    try (Stream<Path> siblings = Files.list(temp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).as("no temporary output folder is left").noneMatch(n -> n.startsWith("."));
    }

    Result replaced = generate(earlier, file);
    assertThat(replaced.code()).as("exit code over an earlier output, stderr:%n%s", replaced.err()).isEqualTo(Main.INVALID);
    Map<String, byte[]> after = snapshot(earlier);
    assertThat(after.keySet()).as("files of the earlier output").isEqualTo(before.keySet());
    after.forEach((name, bytes) -> assertThat(bytes).as("earlier output file %s", name).isEqualTo(before.get(name)));
  }

  private Result generate(Path out, Path file) {
    List<String> args = new ArrayList<>(List.of("generate", "--target", PlanOnlyTarget.NAME, "--out", out.toString()));
    inputs(file).forEach(p -> args.add(p.toString()));
    return run(args.toArray(String[]::new));
  }

  /** The files a bad file is loaded with: its {@code # with:} files first, then itself. */
  private static List<Path> inputs(Path file) {
    try {
      List<Path> files = new ArrayList<>();
      for (String with : comments(file, WITH)) {
        Path other = file.getParent().resolve(with).normalize();
        assertThat(other).as("%s names a missing file in '# with:'", file.getFileName()).isRegularFile();
        files.add(other);
      }
      files.add(file);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> comments(Path file, String prefix) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()).strip())
        .toList();
  }

  /** The headline without the bad file's name, paths inside made relative to the checkout. */
  private static String headline(Diagnostic d, Path file) {
    String name = file.toString();
    String h = d.headline();
    assertThat(h).as("a diagnostic of another file than %s", file.getFileName()).startsWith(name + ":");
    String rest = h.substring(name.length() + 1).strip();
    return rest.replace(ROOT, "");
  }

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PlanOnlyTarget.with(scratch(), () -> Main.run(args, new PrintWriter(out), new PrintWriter(err)));
    return new Result(code, out.toString(), err.toString().replace(ROOT, ""));
  }

  private Path scratch() {
    try {
      return Files.createTempDirectory(temp, "target-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under a folder by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    assertThat(files).as("the earlier output").isNotEmpty();
    return files;
  }
}
