package hotline.target.cc08;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.TemplateEngine;
import hotline.request.RequestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The C&C08's representation of each trunk kind. */
class Cc08TargetTest {
  private static String activate(String fixture) throws Exception {
    Plan plan = new RequestFiles().load(List.of(Fixtures.fixtures().resolve("requests/" + fixture + ".yaml")));
    List<GeneratedFile> files = new Cc08Target().render(plan, new RenderContext(TemplateEngine.bundled(), Path.of("/srv/out/huawei-cc08"), 100));
    return files.stream().filter(f -> f.path().equals("activate.mml")).findFirst().orElseThrow().content();
  }

  @Test
  void huntsAnalogLinesUnderThePilotWithinTheExchange() throws Exception {
    String shandong = activate("shandong");
    assertThat(shandong).contains(
        "/* assume ST: LP=1, D=K'8212336 |",
        "ADD PBXGRP: PGN=101, LP=1, PILOT=K'8212333, HM=SEQ, NAT=20;",
        "ADD PBXLINE: PGN=101, LP=1, D=K'8212336, SEQ=3;",
        "ADD CNACLD: LP=1, PFX=K'12333, CSTP=BASE, CSA=LCO, MINL=5, MAXL=5, CHSC=0, DCX=101,");
    assertThat(shandong).doesNotContain("ADD RTANA", "ADD N7TG");
  }

  @Test
  void reachesRemoteAnalogSeatsThroughTheTollAnalysis() throws Exception {
    String remote = activate("remote-seats");
    assertThat(remote).contains("/* assume CNACLD: LP=0, PFX=K'020 |", "ND=K'02087012333;", "ADD CHGANA: CHSC=100, PAYER=CALLED, BASE=0;");
    assertThat(remote).doesNotContain("ADD PBXGRP", "ADD RTANA");
  }

  @Test
  void carriesSipRequestsOverIsupE1sAndSaysItIsAGuess() throws Exception {
    String guangdong = activate("guangdong");
    assertThat(guangdong).contains(
        "which this TDM exchange does not have [guess: representation]",
        "ADD N7TG: TG=101, CSC=101, SRT=101, TGN=\"shenzhen-12333\", MN=1, DSP=101;",
        "ADD N7TKC: TG=101, SCIC=0, ECIC=31, TID=3200;",
        "ADD N7TKC: TG=102, SCIC=32, ECIC=63, TID=3264;");
    assertThat(guangdong).doesNotContain("SIPTG");
  }

  @Test
  void provisionsPriE1s() throws Exception {
    assertThat(activate("beijing")).contains("ADD PRATG: TG=100, CSC=100, SRT=100, TGN=\"beijing-12333\", MN=1;", "ADD PRATKC: TG=100, SC=0, EC=31, TID=3200;");
  }
}
