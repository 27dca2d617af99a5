package hotline.target.zte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.Fixtures;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.TemplateEngine;
import hotline.request.RequestFiles;
import hotline.target.zte.check.ZteScriptChecker;
import hotline.yaml.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZteSoftswitchTargetTest {
  private static final Path OUT = Path.of("/srv/hotline/out/zte-softswitch");
  private final ZteSoftswitchTarget target = new ZteSoftswitchTarget();

  @Test
  void indicesStartAtTheIndexBaseInInputOrder() throws Exception {
    List<GeneratedFile> files = target.render(guangdong(), new RenderContext(TemplateEngine.bundled(), OUT, 500));
    assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(target.files());
    String activate = files.get(0).content();
    assertThat(activate)
        .contains("ADD CALLGROUP:GRPNO=\"500\",NAME=\"12333-guangzhou\"")
        .contains("ADD TG RTP:TG=501,OFC=501,LINE=\"SIP\"")
        .contains("ADD TG RTP:TG=502,OFC=502,LINE=\"ISUP\"")
        .contains("ADD TPDNAL:ENTR=502,DIGIT=12333,CAT=\"LOL\",RST1=502,MINLEN=5,MAXLEN=5,TPDDI=502,CHARGCATEGORY=\"FREE\";")
        .doesNotContain("=100");
    assertThat(new ZteScriptChecker().check(activate, files.get(1).content(), files.get(2).content())).isEmpty();
  }

  @Test
  void everyGuessedLineTellsTheEngineerToVerifyIt() throws Exception {
    for (GeneratedFile f : target.render(guangdong(), new RenderContext(TemplateEngine.bundled(), OUT, 100))) {
      String sections = f.content().substring(f.content().indexOf("// Request "));
      assertThat(sections.lines().filter(l -> l.contains("[guess")))
          .as(f.path())
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l).contains("verify against your switch's MML manual"));
    }
  }

  @Test
  void refusesToReturnScriptsThatFailTheCheck(@TempDir Path overrides) throws Exception {
    String rollback = Files.readString(Fixtures.root().resolve("templates/zte-softswitch/rollback.mml.ftl"));
    Files.createDirectories(overrides.resolve("zte-softswitch"));
    Files.writeString(overrides.resolve("zte-softswitch/rollback.mml.ftl"), rollback.replace("DEL DDI:DDI=${r.index};\n", ""));
    RenderContext context = new RenderContext(TemplateEngine.withOverrides(overrides), OUT, 100);
    assertThatThrownBy(() -> target.render(guangdong(), context))
        .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.diagnostics())
            .extracting(d -> d.headline().replaceFirst("at line [0-9]+:", "at line N:"))
            .containsExactly(
                "fixtures/requests/guangdong.yaml:5: error: zte-softswitch: the generated activate.mml fails the ZTE MML check at line N: expected rollback to remove DDI DDI=100, which activate adds here, but it does not",
                "fixtures/requests/guangdong.yaml:17: error: zte-softswitch: the generated activate.mml fails the ZTE MML check at line N: expected rollback to remove DDI DDI=101, which activate adds here, but it does not",
                "fixtures/requests/guangdong.yaml:28: error: zte-softswitch: the generated activate.mml fails the ZTE MML check at line N: expected rollback to remove DDI DDI=102, which activate adds here, but it does not"));
  }

  private static Plan guangdong() throws Exception {
    Path file = Fixtures.fixtures().resolve("requests/guangdong.yaml");
    return new RequestFiles().load(SourceText.decode(Fixtures.relative(file), Files.readAllBytes(file)));
  }
}
