package hotline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code src/test/resources/hotline/calendar/bad/} is a calendar file with problems;
 * its {@code # expect: line:col: error: ...} comments list, in order, every diagnostic it must
 * give.
 */
class BadCalendarFilesTest {

  private static final Path BAD = Path.of("src/test/resources/hotline/calendar/bad");
  private static final String EXPECT = "# expect: ";

  @TestFactory
  Stream<DynamicTest> eachBadFileGivesTheDiagnosticsItAnnounces() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(BAD)) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    List<String> expected =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith(EXPECT))
            .map(line -> file + ":" + line.substring(EXPECT.length()))
            .toList();
    assertThat(expected).as("expected diagnostics announced in " + file).isNotEmpty();

    assertThatThrownBy(() -> CalendarLoader.load(List.of(file)))
        .isInstanceOfSatisfying(
            CalendarFileException.class,
            e ->
                assertThat(e.diagnostics())
                    .map(Diagnostic::toString)
                    .containsExactlyElementsOf(expected));
  }
}
