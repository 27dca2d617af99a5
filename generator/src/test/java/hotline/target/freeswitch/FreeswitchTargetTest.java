package hotline.target.freeswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.plan.TrunkGroup;
import hotline.render.RenderException;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  void eachRequestHasItsOwnFilesAndEachServiceIts404SortedAfterThem() throws Exception {
    Map<String, String> files = FreeswitchRendering.render("guangdong.yaml", "hebei-12345.yaml");
    assertThat(files.keySet()).contains(
        "dialplan/hotline-12333-area-guangzhou.xml", "dialplan/hotline-12333-area-foshan.xml", "dialplan/hotline-12333-no-area.xml",
        "dialplan/hotline-12345-area-handan.xml", "dialplan/hotline-12345-no-area.xml",
        "sip_profiles/hotline-gateway-guangzhou.xml", "sip_profiles/hotline-gateway-handan.xml");
    Collator locale = Collator.getInstance(Locale.US);
    for (String area : List.of("dialplan/hotline-12333-area-zzz.xml", "dialplan/hotline-12333-area-0.xml", "dialplan/hotline-12333-area-Z-.xml")) {
      assertThat(area.compareTo("dialplan/hotline-12333-no-area.xml")).as("byte order of " + area).isNegative();
      assertThat(locale.compare(area, "dialplan/hotline-12333-no-area.xml")).as("collation of " + area).isNegative();
    }
    assertThat(files.get("dialplan/hotline-12345-no-area.xml")).doesNotContain("<?xml").startsWith("<include>\n");
  }
}
