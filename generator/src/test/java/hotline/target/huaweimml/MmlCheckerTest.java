package hotline.target.huaweimml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker on small hand-written scripts: one valid set, then one breakage per test. */
class MmlCheckerTest {
  private static final MmlChecker CHECKER = new MmlChecker(MmlSchema.HUAWEI);
  private static final List<String> REQUESTS = List.of("a", "b");

  private static final String HEAD = """
      /* assume DNSET: LP=0 | DN set of 020 */
      /* assume DNSET: LP=1 | DN set of 0755 */
      /* assume RSSC: RSSC=0 | subscribers */
      /* assume CHSC: CHSC=0 | local call */
      """;

  private static String activate(String id, int n, int lp) {
    return """
        /* ===== request %1$s ===== */
        ADD CALLSRC: CSC=%2$d, LP=%3$d, RSSC=0;
        ADD OFC: O=%2$d, ON="%1$s";
        ADD SRT: SRC=%2$d, O=%2$d;
        ADD RT: R=%2$d, SR1=%2$d;
        ADD RTANA: RSC=%2$d, RSSC=0, R=%2$d;
        ADD SIPTG: TG=%2$d, CSC=%2$d, SRT=%2$d;
        ADD DNC: DCX=%2$d, ND=K'83333333;
        ADD CHGANA: CHSC=%2$d, BASE=0;
        ADD CNACLD: LP=%3$d, PFX=K'12333, RSC=%2$d, CHSC=%2$d, DCX=%2$d;
        """.formatted(id, n, lp);
  }

  private static String precheck(String id, int n, int lp) {
    return """
        /* ===== request %1$s ===== */
        LST CNACLD: LP=%3$d, PFX=K'12333;
        LST CALLSRC: CSC=%2$d;
        LST OFC: O=%2$d;
        LST SRT: SRC=%2$d;
        LST RT: R=%2$d;
        LST RTANA: RSC=%2$d, RSSC=0;
        LST SIPTG: TG=%2$d;
        LST DNC: DCX=%2$d;
        LST CHGANA: CHSC=%2$d;
        """.formatted(id, n, lp);
  }

  private static String rollback(String id, int n, int lp) {
    return """
        /* ===== request %1$s ===== */
        RMV CNACLD: LP=%3$d, PFX=K'12333;
        RMV CHGANA: CHSC=%2$d;
        RMV DNC: DCX=%2$d;
        RMV SIPTG: TG=%2$d;
        RMV RTANA: RSC=%2$d, RSSC=0;
        RMV RT: R=%2$d;
        RMV SRT: SRC=%2$d;
        RMV OFC: O=%2$d;
        RMV CALLSRC: CSC=%2$d;
        """.formatted(id, n, lp);
  }

  private static final String ACTIVATE = HEAD + activate("a", 100, 0) + activate("b", 101, 1);
  private static final String PRECHECK = precheck("a", 100, 0) + precheck("b", 101, 1);
  private static final String ROLLBACK = rollback("b", 101, 1) + rollback("a", 100, 0);

  private static List<MmlProblem> check(String activate, String precheck, String rollback) {
    return CHECKER.check(REQUESTS, activate, precheck, rollback);
  }

  private static List<String> messages(List<MmlProblem> problems) {
    return problems.stream().map(MmlProblem::toString).toList();
  }

  @Test
  void passesAConsistentSet() {
    assertThat(check(ACTIVATE, PRECHECK, ROLLBACK)).isEmpty();
  }

  @Test
  void findsADanglingReference() {
    String broken = ACTIVATE.replace("ADD RT: R=101, SR1=101;\n", "");
    assertThat(messages(check(broken, PRECHECK, ROLLBACK)))
        .anyMatch(m -> m.startsWith("activate.mml:") && m.contains("[b]") && m.contains("expected R=101 to name a RT added earlier in this section or declared pre-existing, but there is none"));
  }

  @Test
  void findsAReferenceBeforeItsObject() {
    String swapped = ACTIVATE.replace("ADD RT: R=100, SR1=100;\nADD RTANA: RSC=100, RSSC=0, R=100;\n", "ADD RTANA: RSC=100, RSSC=0, R=100;\nADD RT: R=100, SR1=100;\n");
    assertThat(messages(check(swapped, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected R=100 to name a RT added earlier"));
  }

  @Test
  void findsAnUndeclaredPreExistingObject() {
    String undeclared = ACTIVATE.replace("/* assume DNSET: LP=1 | DN set of 0755 */\n", "");
    assertThat(messages(check(undeclared, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected LP=1 to name a DNSET added earlier in this section or declared pre-existing"));
  }

  @Test
  void findsAReferenceIntoAnotherSection() {
    String shared = ACTIVATE.replace("ADD SRT: SRC=101, O=101;", "ADD SRT: SRC=101, O=100;");
    assertThat(messages(check(shared, PRECHECK, ROLLBACK)))
        .anyMatch(m -> m.contains("expected O=100 to name a OFC of this request so its section runs alone, but it is added by request a at activate.mml:"));
  }

  @Test
  void findsADuplicateIndex() {
    String duplicate = ACTIVATE.replace("ADD DNC: DCX=101,", "ADD DNC: DCX=100,");
    assertThat(messages(check(duplicate, PRECHECK, ROLLBACK)))
        .anyMatch(m -> m.contains("[b]") && m.contains("expected DNC DCX=100 to be free, but it is already added by request a at activate.mml:12"));
  }

  @Test
  void findsADuplicateTrunkGroupAcrossObjectTypes() {
    String duplicate = ACTIVATE.replace("ADD SIPTG: TG=101, CSC=101, SRT=101;", "ADD N7TG: TG=100, CSC=101, SRT=101;");
    assertThat(messages(check(duplicate, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected TG TG=100 to be free"));
  }

  @Test
  void findsADuplicatePrefix() {
    String duplicate = ACTIVATE.replace("ADD CNACLD: LP=1,", "ADD CNACLD: LP=0,");
    assertThat(messages(check(duplicate, PRECHECK, ROLLBACK)))
        .anyMatch(m -> m.contains("expected CNACLD LP=0, PFX=K'12333 to be free, but it is already added by request a"));
  }

  @Test
  void findsAnIndexTakenByAPreExistingObject() {
    String taken = ACTIVATE.replace("ADD CHGANA: CHSC=101,", "ADD CHGANA: CHSC=0,");
    assertThat(messages(check(taken, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected CHSC CHSC=0 to be free, but it is already declared pre-existing at activate.mml:4"));
  }

  @Test
  void findsRollbackInTheWrongOrder() {
    String swapped = ROLLBACK.replace("RMV RT: R=100;\nRMV SRT: SRC=100;\n", "RMV SRT: SRC=100;\nRMV RT: R=100;\n");
    assertThat(messages(check(ACTIVATE, PRECHECK, swapped)))
        .anyMatch(m -> m.startsWith("rollback.mml:") && m.contains("expected RMV RT R=100 of request a here (undoing activate.mml:") && m.contains("in reverse order), but got RMV SRT SRC=100"));
  }

  @Test
  void findsARollbackThatLeavesSomethingBehind() {
    String missing = ROLLBACK.replace("RMV CALLSRC: CSC=100;\n", "");
    assertThat(messages(check(ACTIVATE, PRECHECK, missing))).contains("rollback.mml: expected one RMV per ADD of the activation (18), but got 17");
  }

  @Test
  void findsARollbackOfSomethingElse() {
    String wrong = ROLLBACK.replace("RMV DNC: DCX=101;", "RMV DNC: DCX=102;");
    assertThat(messages(check(ACTIVATE, PRECHECK, wrong))).anyMatch(m -> m.contains("expected RMV DNC DCX=101 of request b here"));
  }

  @Test
  void findsRemovalsThatDoNotNameExactlyTheKey() {
    String extra = ROLLBACK.replace("RMV OFC: O=101;", "RMV OFC: O=101, ON=\"b\";");
    assertThat(messages(check(ACTIVATE, PRECHECK, extra))).anyMatch(m -> m.contains("expected RMV OFC to name exactly its key [O], but got [O, ON]"));
  }

  @Test
  void findsAMissingPrecheck() {
    String missing = PRECHECK.replace("LST CNACLD: LP=1, PFX=K'12333;\n", "");
    assertThat(messages(check(ACTIVATE, missing, ROLLBACK))).contains("precheck.mml [b]: expected LST CNACLD LP=1, PFX=K'12333 to check what activate.mml:24 adds, but there is none");
  }

  @Test
  void findsSomethingOtherThanAddInTheActivation() {
    String modified = ACTIVATE.replace("ADD OFC: O=100,", "MOD OFC: O=100,");
    assertThat(messages(check(modified, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected only ADD statements in the activation"));
  }

  @Test
  void findsUnknownObjectsAndMissingKeys() {
    String unknown = ACTIVATE.replace("ADD DNC: DCX=100, ND=K'83333333;", "ADD FOO: DCX=100;");
    assertThat(messages(check(unknown, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected an object type the checker knows, but got FOO"));
    String keyless = ACTIVATE.replace("ADD OFC: O=100, ON=\"a\";", "ADD OFC: ON=\"a\";");
    assertThat(messages(check(keyless, PRECHECK, ROLLBACK))).anyMatch(m -> m.contains("expected ADD OFC to give its key [O], but got [ON]"));
  }

  @Test
  void reportsBadQuotingWithItsLine() {
    String open = ACTIVATE.replace("ON=\"b\";", "ON=\"b;");
    assertThat(messages(check(open, PRECHECK, ROLLBACK))).containsExactly("activate.mml:17: expected no ';' inside a quoted value");
  }

  @Test
  void findsSectionsMissingOrOutOfOrder() {
    assertThat(messages(check(ACTIVATE, PRECHECK, rollback("a", 100, 0) + rollback("b", 101, 1))))
        .contains("rollback.mml: expected request sections [b, a], but got [a, b]");
    assertThat(messages(CHECKER.check(List.of("a", "b", "c"), ACTIVATE, PRECHECK, ROLLBACK)))
        .contains("activate.mml: expected request sections [a, b, c], but got [a, b]");
  }

  @Test
  void treatsNotChargedAsNoReference() {
    String free = ACTIVATE.replace("ADD CNACLD: LP=0, PFX=K'12333, RSC=100, CHSC=100,", "ADD CNACLD: LP=0, PFX=K'12333, RSC=100, CHSC=65535,");
    assertThat(check(free, PRECHECK, ROLLBACK)).isEmpty();
  }
}
