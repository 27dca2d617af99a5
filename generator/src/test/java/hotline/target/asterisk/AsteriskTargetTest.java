package hotline.target.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.number.Area;
import hotline.number.AreaCode;
import hotline.plan.Plan;
import hotline.render.RenderException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsteriskTargetTest {
  @Test
  void aTrunkWithoutGatewayIsRefusedAtItsRequest() throws Exception {
    Plan plan = AsteriskRendering.plan("shandong.yaml");
    var jinan = plan.activations().get(0);
    var withoutGateway = new hotline.plan.TrunkGroup(jinan.trunk().type(), jinan.trunk().count(), jinan.trunk().signalling(), Optional.empty());
    var broken = new hotline.plan.Activation(jinan.id(), jinan.source(), jinan.network(), jinan.numberChange(), jinan.huntGroup(), withoutGateway,
        jinan.charging(), jinan.noAnswerSeconds(), jinan.remoteSeats(), jinan.dates(), jinan.expectations());
    Plan changed = new Plan(plan.sources(), List.of(broken, plan.activations().get(1)));
    assertThatThrownBy(() -> AsteriskRendering.render(changed))
        .isInstanceOf(RenderException.class)
        .satisfies(e -> assertThat(((RenderException) e).diagnostics()).singleElement().satisfies(d -> {
          assertThat(d.position().toString()).isEqualTo(jinan.source().toString());
          assertThat(d.field()).isEqualTo("trunk.gateway");
          assertThat(d.message()).contains("expected a gateway");
        }));
  }

  @Test
  void callerPatternsFollowTheAreasLocalLengths() {
    assertThat(AsteriskModel.callerPatterns(area("020", 8))).containsExactly("_020[2-8]XXXXXXX");
    assertThat(AsteriskModel.callerPatterns(area("0633", 7))).containsExactly("_0633[2-8]XXXXXX");
    assertThat(AsteriskModel.callerPatterns(area("0999", 7, 8))).as("no optional digit in a pattern: one per length")
        .containsExactly("_0999[2-8]XXXXXX", "_0999[2-8]XXXXXXX");
  }

  @Test
  void eachRequestHasItsOwnFiles() throws Exception {
    assertThat(AsteriskRendering.render("guangdong.yaml").keySet()).containsExactly(
        "extensions_hotline.conf",
        "extensions_hotline_guangzhou.conf", "pjsip_hotline_guangzhou.conf",
        "extensions_hotline_shenzhen.conf", "pjsip_hotline_shenzhen.conf",
        "extensions_hotline_foshan.conf", "pjsip_hotline_foshan.conf",
        "activate.sh", "precheck.sh", "rollback.sh");
  }

  @Test
  void scriptsAreExecutableAndStartWithTheirInterpreter() throws Exception {
    var files = new AsteriskTarget().render(AsteriskRendering.plan("beijing.yaml"), new hotline.render.RenderContext(hotline.render.TemplateEngine.bundled(), java.nio.file.Path.of("/srv/x"), 100));
    assertThat(files).filteredOn(f -> f.path().endsWith(".sh")).hasSize(3).allSatisfy(f -> {
      assertThat(f.executable()).isTrue();
      assertThat(f.content()).startsWith("#!/bin/sh\n");
    });
    assertThat(files).filteredOn(f -> f.path().endsWith(".conf")).allSatisfy(f -> assertThat(f.executable()).isFalse());
  }

  private static Area area(String code, Integer... lengths) {
    return new Area(new AreaCode(code), List.of(lengths), "省", "Province", "市", "City");
  }
}
