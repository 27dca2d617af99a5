package hotline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.sipp.SippMessageTrace;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a SIPp call's ladder is put together from the caller's and the call center's traces. */
class SippLadderTest {
  private static final Instant ZERO = Instant.parse("2026-12-04T08:00:00Z");
  private static final String LINE_INVITE = "INVITE sip:02083333333@127.0.0.1:5070 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKk1\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n\r\n";
  private static final String LINE_OK = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKk1\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n\r\n";

  @Test
  void theLinesMessagesAreMergedInTimeOrderNamedByTheirLine() {
    List<LadderMessage> callerSide = List.of(
        new LadderMessage(0, "caller", "switch", "INVITE sip:12333@127.0.0.1:5060 SIP/2.0", ""),
        new LadderMessage(6.2, "switch", "caller", "SIP/2.0 200 OK", ""));
    List<SippMessageTrace.Message> lineSide = List.of(
        new SippMessageTrace.Message(ZERO.plusNanos(1_400_000), false, LINE_INVITE),
        new SippMessageTrace.Message(ZERO.plusNanos(6_000_000), true, LINE_OK));

    List<LadderMessage> ladder = SippTestCalls.withLineSide(callerSide, lineSide, ZERO);

    assertThat(ladder).extracting(m -> m.atMs() + " " + m.from() + " -> " + m.to() + " " + m.firstLine()).containsExactly(
        "0.0 caller -> switch INVITE sip:12333@127.0.0.1:5060 SIP/2.0",
        "1.4 switch -> line 02083333333 INVITE sip:02083333333@127.0.0.1:5070 SIP/2.0",
        "6.0 line 02083333333 -> switch SIP/2.0 200 OK",
        "6.2 switch -> caller SIP/2.0 200 OK");
  }

  @Test
  void aLineMessageStampedBeforeTheCallersInviteIsPlacedJustAfterIt() {
    List<LadderMessage> callerSide = List.of(new LadderMessage(0, "caller", "switch", "INVITE sip:12333@127.0.0.1:5060 SIP/2.0", ""));
    List<SippMessageTrace.Message> lineSide = List.of(new SippMessageTrace.Message(ZERO.minusNanos(300_000), false, LINE_INVITE));

    List<LadderMessage> ladder = SippTestCalls.withLineSide(callerSide, lineSide, ZERO);

    assertThat(ladder).extracting(LadderMessage::from).containsExactly("caller", "switch");
    assertThat(ladder).extracting(LadderMessage::atMs).containsExactly(0.0, 0.0);
  }
}
