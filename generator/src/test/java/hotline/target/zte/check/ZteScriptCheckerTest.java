package hotline.target.zte.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker against small scripts, a correct set and each rule broken once. */
class ZteScriptCheckerTest {
  private static final String ACTIVATE = lines(
      "// Request alpha (a.yaml:3)",
      "// requires ENTR:ENTR=100;",
      "ADD ADJOFC:ID=100,NAME=\"12333-alpha\";",
      "ADD TG RTP:TG=100,OFC=100,LINE=\"SIP\";",
      "ADD RT:RT=100,TG=100;",
      "ADD RTS:RTS=100,RTINFO=1-100-0-0-255;",
      "ADD CHAIN:CHAIN=100,RTS1=100;",
      "ADD DDI:DDI=100,NEWNUM=\"02083333333\";",
      "ADD TPDNAL:ENTR=100,DIGIT=12333,CAT=\"LOL\",RST1=100,MINLEN=5,MAXLEN=5,TPDDI=100;",
      "SYN:DATABASE=\"ALL\";",
      "// Request beta (a.yaml:9)",
      "// requires ENTR:ENTR=101;",
      "// requires OSU SBR:PUI=\"tel:+862083333334\";",
      "ADD CALLGROUP:GRPNO=\"101\",NAME=\"12333-beta\";",
      "ADD CALLGRPPSI:PSI=\"tel:+862083333333\",GRPNO=\"101\";",
      "SET OSU FA:PUI=\"tel:+862083333334\",PILOT=\"tel:+862083333333\";",
      "ADD TPDNAL:ENTR=101,DIGIT=12333,CAT=\"LOL\",MINLEN=5,MAXLEN=5;",
      "SYN:DATABASE=\"ALL\";");

  private static final String PRECHECK = lines(
      "// Request alpha (a.yaml:3)",
      "SHOW ENTR:ENTR=100;",
      "SHOW DNAL:ENTR=100,DIGIT=\"12333\";",
      "SHOW DDI:DDI=100;",
      "SHOW CHAIN:CHAIN=100;",
      "SHOW RTS:RTS=100;",
      "SHOW RT:RT=100;",
      "SHOW TG:TG=100;",
      "SHOW ADJOFC:ID=100;",
      "// Request beta (a.yaml:9)",
      "SHOW DNAL:ENTR=101,DIGIT=\"12333\";",
      "SHOW CALLGROUP:GRPNO=\"101\";",
      "SHOW CALLGROUPPUI:PSI=\"tel:+862083333333\";",
      "SHOW OSU FA:PUI=\"tel:+862083333334\";",
      "SHOW OSU SBR:PUI=\"tel:+862083333334\";");

  private static final String ROLLBACK = lines(
      "// Request beta (a.yaml:9)",
      "DEL DNAL:ENTR=101,NANNAT=\"ALL\",DIGIT=\"12333\";",
      "DEL OSU FA:PUI=\"tel:+862083333334\";",
      "DEL CALLGRPPSI:PSI=\"tel:+862083333333\";",
      "DEL CALLGROUP:GRPNO=\"101\";",
      "SYN:DATABASE=\"ALL\";",
      "// Request alpha (a.yaml:3)",
      "DEL DNAL:ENTR=100,NANNAT=\"ALL\",DIGIT=\"12333\";",
      "DEL DDI:DDI=100;",
      "DEL CHAIN:CHAIN=100;",
      "DEL RTS:RTS=100;",
      "DEL RT:RT=100;",
      "DEL TG:TG=100;",
      "DEL ADJOFC:ID=100;",
      "SYN:DATABASE=\"ALL\";");

  private final ZteScriptChecker checker = new ZteScriptChecker();

  @Test
  void aCorrectSetPasses() {
    assertThat(checker.check(ACTIVATE, PRECHECK, ROLLBACK)).isEmpty();
  }

  @Test
  void danglingReference() {
    String activate = ACTIVATE.replace("ADD CHAIN:CHAIN=100,RTS1=100;", "ADD CHAIN:CHAIN=100,RTS1=105;");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK)))
        .containsExactly("activate.mml:7: [alpha] expected RTS1 to name an object added earlier or required, but no RTS RTS=105 is (dangling reference)");
  }

  @Test
  void referenceToAnObjectNotYetAdded() {
    String activate = ACTIVATE.replace("ADD RT:RT=100,TG=100;\n", "").replace("ADD RTS:RTS=100,RTINFO=1-100-0-0-255;\n", "ADD RTS:RTS=100,RTINFO=1-100-0-0-255;\nADD RT:RT=100,TG=100;\n");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK))).first().asString()
        .startsWith("activate.mml:5: [alpha] expected RTINFO to name an object added earlier or required, but no RT RT=100 is");
  }

  @Test
  void missingRequirementIsADanglingReference() {
    String activate = ACTIVATE.replace("// requires OSU SBR:PUI=\"tel:+862083333334\";\n", "");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK)))
        .contains("activate.mml:15: [beta] expected PUI to name an object added earlier or required, but no SBR PUI=tel:+862083333334 is (dangling reference)");
  }

  @Test
  void wrongRollbackOrder() {
    String rollback = ROLLBACK.replace("DEL CHAIN:CHAIN=100;\nDEL RTS:RTS=100;", "DEL RTS:RTS=100;\nDEL CHAIN:CHAIN=100;");
    assertThat(messages(checker.check(ACTIVATE, PRECHECK, rollback)))
        .containsExactly("rollback.mml:10: [alpha] expected the reverse order of activate: CHAIN CHAIN=100 (added at activate.mml:7) removed here, but got RTS RTS=100");
  }

  @Test
  void rollbackThatForgetsOrAddsRemovals() {
    String rollback = ROLLBACK.replace("DEL DDI:DDI=100;", "DEL DDI:DDI=101;");
    assertThat(messages(checker.check(ACTIVATE, PRECHECK, rollback))).containsExactly(
        "rollback.mml:9: [alpha] expected rollback to remove only what activate adds, but activate does not add DDI DDI=101",
        "activate.mml:8: [alpha] expected rollback to remove DDI DDI=100, which activate adds here, but it does not");
  }

  @Test
  void rollbackInAnotherRequestsSection() {
    String rollback = ROLLBACK.replace("DEL CALLGROUP:GRPNO=\"101\";\nSYN:DATABASE=\"ALL\";\n// Request alpha (a.yaml:3)\n",
        "SYN:DATABASE=\"ALL\";\n// Request alpha (a.yaml:3)\nDEL CALLGROUP:GRPNO=\"101\";\n");
    assertThat(messages(checker.check(ACTIVATE, PRECHECK, rollback)))
        .containsExactly("rollback.mml:7: [alpha] expected CALLGROUP GRPNO=101 to be removed in the section of request beta, which adds it, but it is removed in request alpha's");
  }

  @Test
  void duplicateIndexAcrossRequests() {
    String activate = ACTIVATE.replace("ADD CALLGROUP:GRPNO=\"101\",NAME=\"12333-beta\";", "ADD DDI:DDI=100,NEWNUM=\"02083333333\";\nADD CALLGROUP:GRPNO=\"101\",NAME=\"12333-beta\";");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK))).first().asString()
        .isEqualTo("activate.mml:14: [beta] expected a new DDI DDI=100, but activate.mml:8 (request alpha) adds it already: two requests collide on this index or prefix");
  }

  @Test
  void duplicatePrefixInOneEntrance() {
    String activate = ACTIVATE.replace("// requires ENTR:ENTR=101;", "// requires ENTR:ENTR=100;").replace("ADD TPDNAL:ENTR=101,", "ADD TPDNAL:ENTR=100,");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK)))
        .contains("activate.mml:17: [beta] expected a new DNAL ENTR=100,DIGIT=12333, but activate.mml:9 (request alpha) adds it already: two requests collide on this index or prefix");
  }

  @Test
  void sectionsRunAlone() {
    String activate = ACTIVATE.replace("ADD TPDNAL:ENTR=101,DIGIT=12333,CAT=\"LOL\",", "ADD TPDNAL:ENTR=101,DIGIT=12333,CAT=\"LOL\",RST1=100,");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK)))
        .containsExactly("activate.mml:17: [beta] expected RST1 to name an object of request beta's own section (sections run alone), but CHAIN CHAIN=100 comes from request alpha at activate.mml:7");
  }

  @Test
  void everySectionEndsWithTableSync() {
    String activate = ACTIVATE.replaceFirst("SYN:DATABASE=\"ALL\";\n", "");
    String rollback = ROLLBACK.replace("DEL ADJOFC:ID=100;\nSYN:DATABASE=\"ALL\";", "SYN:DATABASE=\"ALL\";\nDEL ADJOFC:ID=100;");
    assertThat(messages(checker.check(activate, PRECHECK, rollback))).containsExactly(
        "activate.mml:9: [alpha] expected the section of request alpha to end with SYN:DATABASE=\"ALL\";, but it ends with 'ADD TPDNAL'",
        "rollback.mml:15: [alpha] expected the section of request alpha to end with SYN:DATABASE=\"ALL\";, but it ends with 'DEL ADJOFC'");
  }

  @Test
  void precheckShowsEveryAddedObjectAndNothingElse() {
    String precheck = PRECHECK.replace("SHOW RT:RT=100;", "SHOW RT:RT=999;");
    assertThat(messages(checker.check(ACTIVATE, precheck, ROLLBACK))).containsExactly(
        "precheck.mml:7: [alpha] expected pre-check to display objects activate adds or requires, but activate neither adds nor requires RT RT=999",
        "activate.mml:5: [alpha] expected pre-check to display RT RT=100, which activate adds here, but it does not");
  }

  @Test
  void eachScriptKeepsToItsVerbs() {
    String activate = ACTIVATE.replace("ADD DDI:DDI=100,", "DEL DDI:DDI=100,");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK))).first().asString()
        .isEqualTo("activate.mml:8: [alpha] expected only [ADD, REQUIRE, SYNC] commands in activate.mml, but got 'DEL DDI'");
  }

  @Test
  void unknownCommandsAndBadQuotingAreReported() {
    String activate = ACTIVATE.replace("ADD DDI:DDI=100,NEWNUM=\"02083333333\";", "ADD DDI:DDI=100,NEWNUM=\"0208333;\";")
        .replace("ADD ADJOFC:", "ADD OFFICE:");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK))).startsWith(
        "activate.mml:8: [alpha] expected no ';' inside quotes (it ends the statement), but got \"0208333;\" in 'ADD DDI:DDI=100,NEWNUM=\"0208333;\";'",
        "activate.mml:3: [alpha] expected a known ZTE command, but got 'ADD OFFICE'");
  }

  @Test
  void missingKeyParameter() {
    String activate = ACTIVATE.replace("ADD RT:RT=100,TG=100;", "ADD RT:TG=100;");
    assertThat(messages(checker.check(activate, PRECHECK, ROLLBACK))).first().asString()
        .isEqualTo("activate.mml:5: [alpha] expected the key parameter RT in ADD RT, but it is missing");
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
