package hotline.target.asterisk;

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
class AsteriskCheckerTest {
  private static final String SHARED = AsteriskNames.EXTENSIONS_FILE;
  private static Map<String, String> guangdong;

  @BeforeAll
  static void render() throws Exception {
    guangdong = AsteriskRendering.render("guangdong.yaml");
  }

  @Test
  void everyFixtureRendersCleanly() throws Exception {
    for (Path fixture : Fixtures.requestFiles()) {
      assertThat(AsteriskChecker.check(AsteriskRendering.render(fixture.getFileName().toString()))).as(fixture.toString()).isEmpty();
    }
  }

  @Test
  void danglingGotoTarget() {
    assertThat(messages(ext("shenzhen"), s -> s.replace("Goto(hotline-area-shenzhen,s,1)", "Goto(hotline-area-shenzen,s,1)")))
        .anySatisfy(m -> assertThat(m).contains("expected a Goto target that exists", "hotline-area-shenzen,s,1"))
        .anySatisfy(m -> assertThat(m).contains("[hotline-area-shenzhen]", "no Goto names it"));
  }

  @Test
  void dialThroughAnEndpointPjsipDoesNotDefine() {
    assertThat(messages(ext("foshan"), s -> s.replace("@hotline-trunk-foshan,", "@hotline-trunk-fooshan,")))
        .anySatisfy(m -> assertThat(m).contains("expected the endpoint of Dial to be defined", "hotline-trunk-fooshan"))
        .anySatisfy(m -> assertThat(m).contains("expected every endpoint to be dialled", "[hotline-trunk-foshan]"));
  }

  @Test
  void endpointWithoutItsAor() {
    assertThat(messages(AsteriskNames.pjsipFile("guangzhou"), s -> s.replace("aors=hotline-trunk-guangzhou", "aors=hotline-trunk-canton")))
        .anySatisfy(m -> assertThat(m).contains("expected aors= to name an AOR", "hotline-trunk-canton"));
  }

  @Test
  void priorityThatDoesNotStartAtOne() {
    assertThat(messages(ext("shenzhen"), s -> s.replace("exten => s,1,Set(CDR(userfield)=hotline:shenzhen:free)", "exten => s,n,Set(CDR(userfield)=hotline:shenzhen:free)")))
        .anySatisfy(m -> assertThat(m).contains("expected priority 1 for s@hotline-area-shenzhen, but got 'n'"));
  }

  @Test
  void twoRequestsOnOneCallerPrefix() {
    assertThat(messages(ext("shenzhen"), s -> s.replace("12333/_0755[2-8]", "12333/_020[2-8]")))
        .anySatisfy(m -> assertThat(m).contains("expected each caller pattern once per service", "12333/_020[2-8]XXXXXXX"));
  }

  @Test
  void anUnescapedSemicolonCutsTheArgumentsShort() {
    assertThat(messages(ext("foshan"), s -> s.replace("Set(CDR(userfield)=hotline:foshan:called-pays)", "Set(CDR(userfield)=hotline;foshan)")))
        .anySatisfy(m -> assertThat(m).contains("expected exten => EXT,PRIORITY,App(args)"));
  }

  @Test
  void unbalancedQuotes() {
    assertThat(messages(ext("guangzhou"), s -> s.replaceFirst("\"ANSWER\"", "\"ANSWER")))
        .anySatisfy(m -> assertThat(m).contains("expected balanced brackets and quotes"));
  }

  @Test
  void serviceWithoutThe404Fallback() {
    assertThat(messages(SHARED, s -> s.replace("exten => 12333,n,Hangup(1)\n", "")))
        .anySatisfy(m -> assertThat(m).contains("to end with Hangup(1)"));
  }

  @Test
  void areaThatDoesNotEndBusy() {
    assertThat(messages(ext("guangzhou"), s -> s.replaceFirst("exten => s,n,Hangup\\(17\\)", "exten => s,n,Hangup(16)")))
        .anySatisfy(m -> assertThat(m).contains("to end with Hangup(17)"));
  }

  @Test
  void duplicateContextAndBlockComment() {
    assertThat(messages(ext("foshan"), s -> s + "\n;-- hidden --;\n[hotline-area-foshan]\nexten => s,1,Hangup(17)\n"))
        .anySatisfy(m -> assertThat(m).contains("expected each context once"))
        .anySatisfy(m -> assertThat(m).contains("expected no block comment"));
  }

  @Test
  void unknownApplication() {
    assertThat(messages(SHARED, s -> s.replace("NoOp(hotline 12333", "System(hotline 12333")))
        .anySatisfy(m -> assertThat(m).contains("expected one of the applications", "'System'"));
  }

  @Test
  void rollbackInTheWrongOrder() {
    String section = "  remove_file extensions_hotline_shenzhen.conf extensions.conf\n  remove_shared extensions_hotline.conf extensions.conf\n";
    assertThat(messages("rollback.sh", s -> s.replace(section, "  remove_shared extensions_hotline.conf extensions.conf\n  remove_file extensions_hotline_shenzhen.conf extensions.conf\n")))
        .anySatisfy(m -> assertThat(m).contains("expected request shenzhen's removals to undo activate.sh's installs in reverse order"));
  }

  @Test
  void rollbackThatForgetsAFile() {
    assertThat(check("rollback.sh", s -> s.replace("  remove_file pjsip_hotline_foshan.conf pjsip.conf\n", "")))
        .anySatisfy(p -> {
          assertThat(p.requestId()).isEqualTo("foshan");
          assertThat(p.message()).contains("in reverse order");
        });
  }

  @Test
  void rollbackSectionsInActivationOrder() {
    assertThat(messages("rollback.sh", s -> s.replace("if wanted foshan; then", "if wanted tmp; then").replace("if wanted guangzhou; then", "if wanted foshan; then").replace("if wanted tmp; then", "if wanted guangzhou; then")))
        .anySatisfy(m -> assertThat(m).contains("expected the request sections in reverse order [foshan, shenzhen, guangzhou]"));
  }

  @Test
  void aRequestThatRemovesTheSharedFileUnconditionally() {
    assertThat(messages("rollback.sh", s -> s.replaceFirst("remove_shared extensions_hotline.conf", "remove_file extensions_hotline.conf")))
        .anySatisfy(m -> assertThat(m).contains("with remove_shared"));
  }

  @Test
  void aRequestFileThatTouchesAnotherRequest() {
    assertThat(messages(ext("shenzhen"), s -> s + "\n[hotline-area-foshan]\nexten => x,1,Hangup()\n"))
        .anySatisfy(m -> assertThat(m).contains("expected [hotline-area-shenzhen] or a service context", "but got [hotline-area-foshan]"));
  }

  @Test
  void anEntryWithoutCallerIdMatch() {
    assertThat(messages(ext("shenzhen"), s -> s.replace("12333/_0755[2-8]XXXXXXX,1,", "12333,1,")))
        .anySatisfy(m -> assertThat(m).contains("expected each extension in one file"));
  }

  @Test
  void precheckThatMissesAnEndpoint() {
    List<AsteriskChecker.Problem> problems = check("precheck.sh", s -> s.replace("  check_endpoint hotline-trunk-shenzhen\n", ""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.requestId()).isEqualTo("shenzhen");
      assertThat(p.message()).contains("expected 'check_endpoint hotline-trunk-shenzhen'");
    });
  }

  private static String ext(String request) {
    return AsteriskNames.extensionsFile(request);
  }

  private static List<String> messages(String file, UnaryOperator<String> change) {
    return check(file, change).stream().map(AsteriskChecker.Problem::message).toList();
  }

  private static List<AsteriskChecker.Problem> check(String file, UnaryOperator<String> change) {
    Map<String, String> files = new HashMap<>(guangdong);
    String changed = change.apply(files.get(file));
    assertThat(changed).as("the test's change applies").isNotEqualTo(files.get(file));
    files.put(file, changed);
    return AsteriskChecker.check(files);
  }
}
