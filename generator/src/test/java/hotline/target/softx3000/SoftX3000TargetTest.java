package hotline.target.softx3000;

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

/** The SoftX3000's representation of each trunk kind. */
class SoftX3000TargetTest {
  private static String activate(String fixture) throws Exception {
    Plan plan = new RequestFiles().load(List.of(Fixtures.fixtures().resolve("requests/" + fixture + ".yaml")));
    List<GeneratedFile> files = new SoftX3000Target().render(plan, new RenderContext(TemplateEngine.bundled(), Path.of("/srv/out/huawei-softx3000"), 100));
    return files.stream().filter(f -> f.path().equals("activate.mml")).findFirst().orElseThrow().content();
  }

  @Test
  void reachesAnalogLinesThroughAnAccessGatewayAndSaysItIsAGuess() throws Exception {
    String guangdong = activate("guangdong");
    assertThat(guangdong).contains(
        "/* Analog lines on a softswitch [guess: representation]: the call center's 3 analog lines",
        "ADD SIPTG: TG=100, CSC=100, SRT=100, TGN=\"guangzhou-12333\", MAXCALL=3;",
        "ADD SIPIPPAIR: TG=100, TGN=\"guangzhou-12333\", OSU=\"192.0.2.10:5060\", PTYPE=UDP;",
        "020-83333333 (pilot) -> 020-83333334 -> 020-83333335");
  }

  @Test
  void capsASipTrunkAtThirtyCallsPerE1() throws Exception {
    assertThat(activate("hebei-12345")).contains("ADD SIPTG: TG=100, CSC=100, SRT=100, TGN=\"shijiazhuang-12345\", MAXCALL=60;");
  }

  @Test
  void provisionsIsupCircuitsInBlocksOf32PerE1() throws Exception {
    assertThat(activate("guangdong")).contains(
        "ADD N7TKC: TG=102, SCIC=0, ECIC=31, TID=3200;",
        "ADD N7TKC: TG=102, SCIC=32, ECIC=63, TID=3232;",
        "/* assume N7DSP: DSP=102 |");
  }

  @Test
  void changesTheCodeIntoTheBoundNumberAsDialledFromTheCallersNetwork() throws Exception {
    assertThat(activate("guangdong")).contains("ADD DNC: DCX=100, DCT=MOD, DCP=0, DCL=5, ND=K'83333333;");
    assertThat(activate("remote-seats")).contains("ADD DNC: DCX=100, DCT=MOD, DCP=0, DCL=5, ND=K'02087012333;");
  }

  @Test
  void selectsChargingByMode() throws Exception {
    String guangdong = activate("guangdong");
    assertThat(guangdong).contains("ADD CNACLD: LP=0, PFX=K'12333, CSTP=BASE, CSA=LC, RSC=100, MINL=5, MAXL=5, CHSC=0, DCX=100,");
    assertThat(guangdong).contains("ADD CNACLD: LP=1, PFX=K'12333, CSTP=BASE, CSA=LC, RSC=101, MINL=5, MAXL=5, CHSC=65535, DCX=101,");
    assertThat(guangdong).contains("ADD CHGANA: CHSC=102, PAYER=CALLED, BASE=0;", "CHSC=102, DCX=102,");
  }
}
