package hotline.request;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import hotline.number.AreaDirectory;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.plan.TrunkType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code fixtures/national.yaml} is what {@link NationalFixture} writes, and it is valid. */
class NationalFixtureTest {
  private static final Path FILE = Fixtures.fixtures().resolve("national.yaml");

  @Test
  void theCheckedInFileIsWhatTheGeneratorWrites() throws Exception {
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("fixtures/national.yaml drifted from NationalFixture; regenerate it with: %s", NationalFixture.COMMAND)
        .isEqualTo(NationalFixture.render());
  }

  @Test
  void itSaysHowToRegenerateIt() throws Exception {
    assertThat(Files.readAllLines(FILE, StandardCharsets.UTF_8).subList(0, 5)).anyMatch(line -> line.contains(NationalFixture.COMMAND));
  }

  @Test
  void itHasOneValidRequestForEveryAreaCode() throws Exception {
    Plan plan = new RequestFiles().load(List.of(FILE));
    assertThat(plan.activations()).hasSize(328);
    assertThat(plan.activations().stream().map(a -> a.network().area()))
        .containsExactlyElementsOf(AreaDirectory.get().all());
    assertThat(plan.activations()).allSatisfy(a -> assertThat(a.huntGroup().pilot().area()).isEqualTo(a.network().area().code()));
    assertThat(plan.activations().stream().map(Activation::trunk).map(t -> t.type()).distinct()).containsExactlyInAnyOrder(TrunkType.ANALOG, TrunkType.DIGITAL);
    assertThat(plan.activations().stream().map(Activation::charging).distinct()).hasSize(3);
  }

  @Test
  void idsComeFromEnglishCityNames() {
    assertThat(NationalFixture.slug("Yanbian Zhou/Hunchun/Yanji")).isEqualTo("yanbian-zhou-hunchun-yanji");
    assertThat(NationalFixture.slug("XiAn/Xianyang")).isEqualTo("xian-xianyang");
  }
}
