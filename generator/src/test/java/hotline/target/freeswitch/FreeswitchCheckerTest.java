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
  private static final String NO_AREA = "dialplan/hotline-12333-no-area.xml";
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
    assertThat(messages(NO_AREA, s -> s.replace("<action application=\"respond\" data=\"404\"/>", "<action application=\"respond\" data=\"404\">")))
        .singleElement().asString().contains("expected well-formed XML");
  }

  @Test
  void bridgeToAGatewayThatDoesNotExist() {
    assertThat(messages(area("foshan"), s -> s.replace("sofia/gateway/hotline-trunk-foshan/", "sofia/gateway/hotline-trunk-fooshan/")))
        .anySatisfy(m -> assertThat(m).contains("expected the bridge's gateway to be defined", "hotline-trunk-fooshan"))
        .anySatisfy(m -> assertThat(m).contains("expected every gateway to be bridged to", "hotline-trunk-foshan"));
  }

  @Test
  void bridgeWithCommasRingsAllAtOnce() {
    assertThat(messages(area("guangzhou"), s -> s.replace("02083333333|[leg_timeout=15]", "02083333333,[leg_timeout=15]")))
        .anySatisfy(m -> assertThat(m).contains("expected bridge legs"));
  }

  @Test
  void twoRequestsOnOneCallerPrefix() {
    assertThat(messages(area("shenzhen"), s -> s.replace("^0755[2-8]", "^020[2-8]")))
        .anySatisfy(m -> assertThat(m).contains("expected each caller expression once per service", "^020[2-8][0-9]{7}$"));
  }

  @Test
  void the404ExtensionShadowingTheAreas() {
    String fallback = "  <extension name=\"hotline-service-12333-no-area\">\n    <condition field=\"destination_number\" expression=\"^12333$\">\n      <action application=\"respond\" data=\"404\"/>\n    </condition>\n  </extension>\n";
    Map<String, String> files = new HashMap<>(rendered);
    files.put(NO_AREA, files.get(NO_AREA).replace(fallback, ""));
    files.put(area("foshan"), files.get(area("foshan")).replace("  <extension name=\"hotline-area-foshan\">", fallback + "  <extension name=\"hotline-area-foshan\">"));
    assertThat(FreeswitchChecker.check(files)).extracting(FreeswitchChecker.Problem::message)
        .anySatisfy(m -> assertThat(m).contains("is included first and shadows this one"))
        .anySatisfy(m -> assertThat(m).contains("expected only the extension 'hotline-area-foshan' of request foshan"));
  }

  @Test
  void aFileThatIsNotOneRequestsOrOneServices() {
    Map<String, String> files = new HashMap<>(rendered);
    files.put("dialplan/hotline.xml", files.get(NO_AREA));
    assertThat(FreeswitchChecker.check(files)).extracting(FreeswitchChecker.Problem::message)
        .anySatisfy(m -> assertThat(m).contains("expected dialplan/hotline-CODE-area-ID.xml"));
  }

  @Test
  void aRequestFileThatBridgesToAnotherRequestsGateway() {
    assertThat(messages(area("shenzhen"), s -> s.replace("sofia/gateway/hotline-trunk-shenzhen/", "sofia/gateway/hotline-trunk-foshan/")))
        .anySatisfy(m -> assertThat(m).contains("expected bridges only to the gateway 'hotline-trunk-shenzhen'"));
  }

  @Test
  void limitWithoutMaximum() {
    assertThat(messages(area("guangzhou"), s -> s.replace("hash hotline guangzhou 3 !", "hash hotline guangzhou !")))
        .anySatisfy(m -> assertThat(m).contains("expected limit data"));
  }

  @Test
  void areaThatDoesNotEndBusy() {
    assertThat(messages(area("guangzhou"), s -> s.replaceFirst("<action application=\"respond\" data=\"486\"/>", "<action application=\"respond\" data=\"480\"/>")))
        .anySatisfy(m -> assertThat(m).contains("respond 486"));
  }

  @Test
  void unknownApplication() {
    assertThat(messages(area("guangzhou"), s -> s.replaceFirst("application=\"set\"", "application=\"system\"")))
        .anySatisfy(m -> assertThat(m).contains("expected <action application=...> with one of", "'system'"));
  }

  @Test
  void gatewayThatRegisters() {
    assertThat(messages("sip_profiles/hotline-gateway-guangzhou.xml", s -> s.replaceFirst("\"register\" value=\"false\"", "\"register\" value=\"true\"")))
        .anySatisfy(m -> assertThat(m).contains("expected a proxy and register=false"));
  }

  @Test
  void rollbackSectionsInActivationOrder() {
    assertThat(messages("rollback.sh", s -> s.replace("if wanted foshan; then", "if wanted tmp; then").replace("if wanted handan; then", "if wanted foshan; then").replace("if wanted tmp; then", "if wanted handan; then")))
        .anySatisfy(m -> assertThat(m).contains("expected the request sections in reverse order"));
  }

  @Test
  void rollbackThatRemovesTheGatewayFileFirst() {
    String dialplan = "  remove_file dialplan/default/hotline-12333-area-guangzhou.xml\n";
    String gateway = "  remove_file sip_profiles/external/hotline-gateway-guangzhou.xml\n";
    assertThat(check("rollback.sh", s -> s.replace(dialplan, "").replace(gateway, "").replace("  remove_shared dialplan/default/hotline-12333-no-area.xml\n", gateway + dialplan + "  remove_shared dialplan/default/hotline-12333-no-area.xml\n")))
        .anySatisfy(p -> {
          assertThat(p.requestId()).isEqualTo("guangzhou");
          assertThat(p.message()).contains("expected request guangzhou's removals to undo activate.sh's installs in reverse order");
        })
        .anySatisfy(p -> assertThat(p.message()).contains("gateway killed before"));
  }

  @Test
  void aRequestThatRemovesThe404Unconditionally() {
    assertThat(messages("rollback.sh", s -> s.replaceFirst("remove_shared dialplan", "remove_file dialplan")))
        .anySatisfy(m -> assertThat(m).contains("with remove_shared"));
  }

  @Test
  void precheckThatMissesAGateway() {
    List<FreeswitchChecker.Problem> problems = check("precheck.sh", s -> s.replace("  check_gateway hotline-trunk-handan\n", ""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.requestId()).isEqualTo("handan");
      assertThat(p.message()).contains("expected 'check_gateway hotline-trunk-handan'");
    });
  }

  private static String area(String request) {
    return "dialplan/hotline-12333-area-" + request + ".xml";
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
