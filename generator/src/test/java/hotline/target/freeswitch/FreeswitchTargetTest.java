package hotline.target.freeswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.plan.TrunkGroup;
import hotline.render.RenderException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeswitchTargetTest {
  @Test
  void aTrunkWithoutGatewayIsRefusedAtItsRequest() throws Exception {
    Plan plan = FreeswitchRendering.plan("hebei-12345.yaml");
    Activation handan = plan.activations().get(1);
    TrunkGroup withoutGateway = new TrunkGroup(handan.trunk().type(), handan.trunk().count(), handan.trunk().signalling(), Optional.empty());
    Activation broken = new Activation(handan.id(), handan.source(), handan.network(), handan.numberChange(), handan.huntGroup(), withoutGateway,
        handan.charging(), handan.noAnswerSeconds(), handan.remoteSeats(), handan.dates(), handan.expectations());
    Plan changed = new Plan(plan.sources(), List.of(plan.activations().get(0), broken));
    assertThatThrownBy(() -> FreeswitchRendering.render(changed))
        .isInstanceOf(RenderException.class)
        .satisfies(e -> assertThat(((RenderException) e).diagnostics()).singleElement().satisfies(d -> {
          assertThat(d.position().toString()).isEqualTo(handan.source().toString());
          assertThat(d.field()).isEqualTo("trunk.gateway");
        }));
  }

  @Test
  void twoServicesEachGetTheirOwn404AfterTheirAreas() throws Exception {
    String dialplan = FreeswitchRendering.render("guangdong.yaml", "hebei-12345.yaml").get(FreeswitchNames.DIALPLAN_FILE);
    assertThat(dialplan.indexOf("hotline-service-12333-no-area")).isGreaterThan(dialplan.indexOf("\"hotline-area-foshan\""));
    assertThat(dialplan.indexOf("hotline-service-12345-no-area")).isGreaterThan(dialplan.indexOf("\"hotline-area-handan\""));
    assertThat(dialplan).doesNotContain("<?xml").startsWith("<include>\n");
  }
}
