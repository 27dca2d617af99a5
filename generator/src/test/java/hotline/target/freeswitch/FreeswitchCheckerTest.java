package hotline.target.freeswitch;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker accepts every fixture's rendering and catches each kind of broken output. */
class FreeswitchCheckerTest {
  private static final String DIALPLAN = FreeswitchNames.DIALPLAN_FILE;
  private static final String GATEWAYS = FreeswitchNames.GATEWAYS_FILE;
  private static Map<String, String> rendered;

  @BeforeAll
  static void render() throws Exception {
    rendered = FreeswitchRendering.render("guangdong.yaml", "hebei-12345.yaml");
  }

  @Test
  void everyFixtureRendersCleanly() throws Exception {
    for (Path fixture : Fixtures.requestFiles()) {
      assertThat(FreeswitchChecker.check(FreeswitchRendering.render(fixture.getFileName().toString()))).as(fixture.toString()).isEmpty();
    }
  }

  @Test
  void xmlThatDoesNotParse() {
    assertThat(messages(DIALPLAN, s -> s.replace("<action application=\"respond\" data=\"404\"/>", "<action application=\"respond\" data=\"404\">")))
        .singleElement().asString().contains("expected well-formed XML");
  }

  @Test
  void bridgeToAGatewayThatDoesNotExist() {
    assertThat(messages(DIALPLAN, s -> s.replace("sofia/gateway/hotline-trunk-foshan/", "sofia/gateway/hotline-trunk-fooshan/")))
        .anySatisfy(m -> assertThat(m).contains("expected the bridge's gateway to be defined", "hotline-trunk-fooshan"))
        .anySatisfy(m -> assertThat(m).contains("expected every gateway to be bridged to", "hotline-trunk-foshan"));
  }

  @Test
  void bridgeWithCommasRingsAllAtOnce() {
    assertThat(messages(DIALPLAN, s -> s.replace("02083333333|[leg_timeout=15]", "02083333333,[leg_timeout=15]")))
        .anySatisfy(m -> assertThat(m).contains("expected bridge legs"));
  }

  @Test
  void twoRequestsOnOneCallerPrefix() {
    assertThat(messages(DIALPLAN, s -> s.replace("^0755[2-8]", "^020[2-8]")))
        .anySatisfy(m -> assertThat(m).contains("expected each caller expression once per service", "^020[2-8][0-9]{7}$"));
  }

  @Test
  void the404ExtensionShadowingTheAreas() {
    String fallback = "  <extension name=\"hotline-service-12333-no-area\">\n    <condition field=\"destination_number\" expression=\"^12333$\">\n      <action application=\"respond\" data=\"404\"/>\n    </condition>\n  </extension>\n";
    assertThat(messages(DIALPLAN, s -> s.replace(fallback, "").replace("  <extension name=\"hotline-area-guangzhou\">", fallback + "  <extension name=\"hotline-area-guangzhou\">")))
        .anySatisfy(m -> assertThat(m).contains("comes first and shadows this one"));
  }

  @Test
  void limitWithoutMaximum() {
    assertThat(messages(DIALPLAN, s -> s.replace("hash hotline guangzhou 3 !", "hash hotline guangzhou !")))
        .anySatisfy(m -> assertThat(m).contains("expected limit data"));
  }

  @Test
  void areaThatDoesNotEndBusy() {
    assertThat(messages(DIALPLAN, s -> s.replaceFirst("<action application=\"respond\" data=\"486\"/>", "<action application=\"respond\" data=\"480\"/>")))
        .anySatisfy(m -> assertThat(m).contains("respond 486"));
  }

  @Test
  void unknownApplication() {
    assertThat(messages(DIALPLAN, s -> s.replaceFirst("application=\"set\"", "application=\"system\"")))
        .anySatisfy(m -> assertThat(m).contains("expected <action application=...> with one of", "'system'"));
  }

  @Test
  void gatewayThatRegisters() {
    assertThat(messages(GATEWAYS, s -> s.replaceFirst("\"register\" value=\"false\"", "\"register\" value=\"true\"")))
        .anySatisfy(m -> assertThat(m).contains("expected a proxy and register=false"));
  }

  @Test
  void rollbackInTheWrongOrder() {
    assertThat(messages("rollback.sh", s -> s.replace("kill_gateway hotline-trunk-guangzhou\n", "").replace("kill_gateway hotline-trunk-handan\n", "kill_gateway hotline-trunk-guangzhou\nkill_gateway hotline-trunk-handan\n")))
        .anySatisfy(m -> assertThat(m).contains("expected kill_gateway for every gateway in reverse order"));
  }

  @Test
  void rollbackThatRemovesTheGatewaysFileFirst() {
    assertThat(messages("rollback.sh", s -> s.replace("remove_file dialplan/default/hotline.xml\n", "remove_file sip_profiles/external/hotline-gateways.xml\n")))
        .anySatisfy(m -> assertThat(m).contains("expected remove_file calls to undo activate.sh's install_file calls in reverse order"));
  }

  @Test
  void precheckThatMissesAGateway() {
    List<FreeswitchChecker.Problem> problems = check("precheck.sh", s -> s.replace("check_gateway hotline-trunk-handan\n", ""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.requestId()).isEqualTo("handan");
      assertThat(p.message()).contains("expected 'check_gateway hotline-trunk-handan'");
    });
  }

  private static List<String> messages(String file, UnaryOperator<String> change) {
    return check(file, change).stream().map(FreeswitchChecker.Problem::message).toList();
  }

  private static List<FreeswitchChecker.Problem> check(String file, UnaryOperator<String> change) {
    Map<String, String> files = new HashMap<>(rendered);
    String changed = change.apply(files.get(file));
    assertThat(changed).as("the test's change applies").isNotEqualTo(files.get(file));
    files.put(file, changed);
    return FreeswitchChecker.check(files);
  }
}
