package hotline.request;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import hotline.number.Operator;
import hotline.number.PhoneNumber;
import hotline.number.ServiceCode;
import hotline.plan.Activation;
import hotline.plan.ChargingMode;
import hotline.plan.Check;
import hotline.plan.Plan;
import hotline.plan.Signalling;
import hotline.plan.TrunkType;
import hotline.yaml.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Valid request files give the plan they describe. */
class RequestFilesTest {
  private static Plan load(String fixture) throws Exception {
    return new RequestFiles().load(List.of(Fixtures.fixtures().resolve("requests").resolve(fixture)));
  }

  private static Activation activation(Plan plan, String id) {
    return plan.activation(id).orElseThrow();
  }

  private static List<String> lines(Activation a) {
    return a.huntGroup().lines().stream().map(PhoneNumber::display).toList();
  }

  @Test
  void guangdong() throws Exception {
    Plan plan = load("guangdong.yaml");
    assertThat(plan.activations()).extracting(Activation::id).containsExactly("guangzhou", "shenzhen", "foshan");

    Activation gz = activation(plan, "guangzhou");
    assertThat(gz.service()).isEqualTo(ServiceCode.LABOR_HOTLINE);
    assertThat(gz.network().area().cityZh()).isEqualTo("广州市");
    assertThat(gz.network().operator()).isEqualTo(Operator.CHINA_TELECOM);
    assertThat(gz.network().operatorDerived()).isTrue();
    assertThat(gz.numberChange().boundNumber().national()).isEqualTo("02083333333");
    assertThat(gz.numberChange().matchLength()).isEqualTo(5);
    assertThat(lines(gz)).containsExactly("020-83333333", "020-83333334", "020-83333335");
    assertThat(gz.trunk().type()).isEqualTo(TrunkType.ANALOG);
    assertThat(gz.trunk().channels()).isEqualTo(3);
    assertThat(gz.trunk().signalling()).isEmpty();
    assertThat(gz.trunk().gateway()).map(Object::toString).contains("sip:192.0.2.10:5060");
    assertThat(gz.charging()).isEqualTo(ChargingMode.byId("caller-local").orElseThrow());
    assertThat(gz.noAnswerSeconds()).isEqualTo(15);
    assertThat(gz.remoteSeats()).isFalse();
    assertThat(gz.dates().opened()).contains(LocalDate.of(2026, 11, 30));
    assertThat(gz.source().line()).isEqualTo(5);

    Activation sz = activation(plan, "shenzhen");
    assertThat(sz.noAnswerSeconds()).as("the default no-answer time").isEqualTo(20);
    assertThat(sz.trunk().type()).isEqualTo(TrunkType.DIGITAL);
    assertThat(sz.trunk().channels()).isEqualTo(30);
    assertThat(sz.trunk().signalling()).contains(Signalling.byId("sip").orElseThrow());
    assertThat(sz.huntGroup().hunts()).isFalse();
    assertThat(sz.dates().opened()).isEmpty();

    Activation fs = activation(plan, "foshan");
    assertThat(fs.trunk().channels()).isEqualTo(60);
    assertThat(fs.trunk().signalling()).contains(Signalling.byId("isup").orElseThrow());
    assertThat(fs.charging().id()).isEqualTo("called-pays");
  }

  @Test
  void theOperatorIsDerivedNorthAndSouthOrTakenAsNamed() throws Exception {
    Activation beijing = activation(load("beijing.yaml"), "beijing");
    assertThat(beijing.network().operator()).isEqualTo(Operator.CHINA_UNICOM);
    assertThat(beijing.network().operatorDerived()).isTrue();
    Activation jinan = activation(load("shandong.yaml"), "jinan");
    assertThat(jinan.network().operator()).isEqualTo(Operator.CHINA_UNICOM);
    assertThat(jinan.network().operatorDerived()).isFalse();
  }

  @Test
  void anotherServiceAndRemoteSeats() throws Exception {
    assertThat(activation(load("hebei-12345.yaml"), "handan").service().digits()).isEqualTo("12345");
    Activation zhuhai = activation(load("remote-seats.yaml"), "zhuhai-remote");
    assertThat(zhuhai.remoteSeats()).isTrue();
    assertThat(zhuhai.network().area().code().digits()).isEqualTo("0756");
    assertThat(zhuhai.huntGroup().pilot().area().digits()).isEqualTo("020");
    assertThat(zhuhai.network().area().localLengths()).containsExactly(7);
  }

  @Test
  void everyRequestHasExpectationsForEveryCheck() throws Exception {
    Plan plan = new RequestFiles().load(Fixtures.requestFiles());
    assertThat(plan.activations()).hasSizeGreaterThanOrEqualTo(8);
    for (Activation a : plan.activations()) {
      for (Check check : Check.values()) {
        assertThat(a.expectations(check)).as("%s: expectations of %s", a.id(), check.id()).isNotEmpty();
      }
    }
  }

  @Test
  void localCallersReachThePilot() throws Exception {
    Activation gz = activation(load("guangdong.yaml"), "guangzhou");
    assertThat(gz.expectations(Check.ROUTE))
        .allSatisfy(
            e -> {
              assertThat(e.caller().area()).isEqualTo(gz.network().area().code());
              assertThat(e.dialled()).isEqualTo("12333");
              assertThat(e.outcome().line()).contains(gz.huntGroup().pilot());
            });
    assertThat(gz.expectations(Check.HUNTING)).extracting(e -> e.outcome().code()).contains(200, 486);
    assertThat(gz.expectations(Check.CAPACITY)).extracting(e -> e.outcome().code()).contains(503);
    assertThat(gz.expectations(Check.EXACT_NUMBER)).extracting(e -> e.dialled()).contains("1233", "123331");
  }

  @Test
  void fullWidthTextAndAByteOrderMarkAreAccepted() throws Exception {
    String yaml =
        "\ufeffrequests:\n"
            + "  - id: guangzhou\n"
            + "    area_code: \"０２０\"\n"
            + "    bound_number: \"０２０－８３３３３３３３\"\n"
            + "    trunk: {type: digital, count: ２}\n"
            + "    charging: free\n";
    Plan plan = new RequestFiles().load(SourceText.decode("mem.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    Activation a = plan.activations().get(0);
    assertThat(a.huntGroup().pilot().display()).isEqualTo("020-83333333");
    assertThat(a.trunk().count()).isEqualTo(2);
    assertThat(a.trunk().signalling()).as("the default signalling").contains(Signalling.byId("isup").orElseThrow());
    assertThat(a.trunk().gateway()).isEmpty();
  }

  @Test
  void everyChargingModeIsUsedByTheFixtures() throws Exception {
    Plan plan = new RequestFiles().load(Fixtures.requestFiles());
    assertThat(plan.activations().stream().map(Activation::charging).distinct()).containsExactlyInAnyOrderElementsOf(Arrays.asList(ChargingMode.values()));
  }
}
