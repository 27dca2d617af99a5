package hotline.load;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.verify.CallRecord;
import hotline.verify.LadderMessage;
import hotline.verify.Progress;
import hotline.verify.SutSpec;
import hotline.verify.VerifyResults;
import hotline.verify.VerifyRun;
import hotline.verify.VerifySettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route and origin checks give the same dispositions with SIPp as with the JAIN-SIP engine. */
class VerifyEnginesAgreeTest {
  @Test
  void sippAndJainSipGiveTheSameDispositions(@TempDir Path tmp) throws Exception {
    List<Path> files = List.of(Checkout.fixture("requests/guangdong.yaml"));
    Set<Check> checks = Set.of(Check.ROUTE, Check.ORIGIN);
    VerifyResults jain = new VerifyRun(new VerifySettings(files, tmp.resolve("jain"), SutSpec.parse("kamailio"), "127.0.0.1", 0, checks, 8, Engine.JAIN), Progress.NONE).execute();
    VerifyResults sipp = new VerifyRun(new VerifySettings(files, tmp.resolve("sipp"), SutSpec.parse("kamailio"), "127.0.0.1", 0, checks, 8, Engine.SIPP), Progress.NONE).execute();

    assertThat(sipp.allPassed()).as("SIPp: %s", sipp.checks()).isTrue();
    assertThat(jain.allPassed()).as("JAIN-SIP: %s", jain.checks()).isTrue();
    assertThat(dispositions(sipp)).isNotEmpty().containsExactlyInAnyOrderElementsOf(dispositions(jain));
  }

  @Test
  void sippCallsHaveTheWholeLadderAndTimings(@TempDir Path tmp) throws Exception {
    List<Path> files = List.of(Checkout.fixture("requests/guangdong.yaml"));
    VerifyResults sipp = new VerifyRun(new VerifySettings(files, tmp, SutSpec.parse("kamailio"), "127.0.0.1", 0, Set.of(Check.ROUTE), 8, Engine.SIPP), Progress.NONE).execute();

    List<CallRecord> answered = sipp.calls().stream().filter(c -> c.inviteToAnswerMs().isPresent()).toList();
    assertThat(answered).as("answered SIPp calls").isNotEmpty();
    for (CallRecord c : answered) {
      assertThat(c.messages()).as("ladder of %s", c.callId()).extracting(LadderMessage::firstLine)
          .first().asString().startsWith("INVITE sip:" + c.dialled() + "@");
      assertThat(c.messages()).extracting(LadderMessage::firstLine).anyMatch(l -> l.startsWith("SIP/2.0 200")).anyMatch(l -> l.startsWith("BYE "));
      assertThat(c.statuses()).as("statuses of %s", c.callId()).contains(200);
      // the line sends 180 then 200, but Kamailio's workers may pass the 200 on first
      assertThat(c.inviteToRingingMs().isPresent()).as("INVITE→180 of %s, statuses %s", c.callId(), c.statuses()).isEqualTo(c.statuses().contains(180));
      if (c.inviteToRingingMs().isPresent() && c.statuses().indexOf(180) < c.statuses().indexOf(200)) {
        assertThat(c.inviteToRingingMs().getAsLong()).isBetween(0L, c.inviteToAnswerMs().getAsLong());
      }
      assertThat(c.attempts()).hasSize(1);
      String line = "line " + c.attempts().get(0).line();
      assertThat(c.messages()).as("the call center's side of %s", c.callId())
          .anySatisfy(m -> assertThat(m.from() + " " + m.to() + " " + m.firstLine()).startsWith("switch " + line + " INVITE sip:" + c.attempts().get(0).line() + "@"))
          .anySatisfy(m -> assertThat(m.from() + " " + m.to() + " " + m.firstLine()).startsWith(line + " switch SIP/2.0 200"));
      assertThat(c.messages()).extracting(LadderMessage::atMs).isSorted();
      assertThat(c.attempts().get(0).atMs()).as("line reached after the INVITE, before the 200").isBetween(0L, c.inviteToAnswerMs().getAsLong());
    }
  }

  private static List<String> dispositions(VerifyResults r) {
    return r.calls().stream().map(VerifyEnginesAgreeTest::key).toList();
  }

  private static String key(CallRecord c) {
    return c.check() + " " + c.requestId() + " " + c.scenario() + " -> " + c.disposition().describe() + " " + c.verdict().id();
  }
}
