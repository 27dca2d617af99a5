package hotline.sip;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.sip.CallOutcome.Answered;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the endpoints do with the retransmissions a lossy path causes, now that BYE is answered
 * without a server transaction and responses without a transaction skip JAIN-SIP's table search:
 * the far end must see the same answers a transaction would have given. A raw UDP peer plays the
 * switch (and, for the caller, the line behind it).
 */
class RetransmissionsTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String LINE = "02083333333";
  private static final String CALL_ID = "retransmit-1@192.0.2.10";

  private RawSipPeer peer;

  @BeforeEach
  void open() throws Exception {
    peer = RawSipPeer.open();
  }

  @AfterEach
  void close() {
    peer.close();
  }

  @Test
  void aRetransmittedByeIsAnswered200AgainAfterTheLineHungUpAndAnUnknownOne481() throws Exception {
    try (CallCenter callCenter = CallCenter.open("127.0.0.1", 0)) {
      SipAddress line = callCenter.localAddress();
      peer.send(line, invite(line));
      String ok = peer.receive(WAIT, m -> m.startsWith("SIP/2.0 200"), "200 to the INVITE");
      String toTag = RawSipPeer.toTag(ok);
      peer.send(line, inDialog("ACK", 1, "z9hG4bK-ack", line, toTag));

      String bye = inDialog("BYE", 2, "z9hG4bK-bye", line, toTag);
      peer.send(line, bye);
      peer.receive(WAIT, m -> m.startsWith("SIP/2.0 200") && m.contains("2 BYE"), "200 to the BYE");
      peer.send(line, bye); // as if that 200 had been lost
      peer.receive(WAIT, m -> m.startsWith("SIP/2.0 200") && m.contains("2 BYE"), "200 to the retransmitted BYE");

      peer.send(line, inDialog("BYE", 3, "z9hG4bK-other", line, "no-such-tag"));
      peer.receive(WAIT, m -> m.startsWith("SIP/2.0 481") && m.contains("3 BYE"), "481 to a BYE outside any dialog");
    }
  }

  @Test
  void aTwoHundredRetransmittedAfterTheInviteTransactionEndedIsAcknowledgedAgain() throws Exception {
    try (Caller caller = Caller.open("127.0.0.1", 0)) {
      SipAddress sw = new SipAddress("127.0.0.1", peer.port());
      Call call = caller.dial("02083330000", LINE, sw);
      String invite = peer.receive(WAIT, m -> m.startsWith("INVITE "), "INVITE");
      String ok = okTo(invite, "line-tag");
      peer.send(caller.localAddress(), ok);
      assertThat(call.awaitFinal(WAIT)).isEqualTo(new Answered(200));
      peer.receive(WAIT, m -> m.startsWith("ACK "), "ACK");

      // a 2xx ends the INVITE client transaction: the copy matches no transaction at all
      peer.send(caller.localAddress(), ok);
      String again = peer.receive(WAIT, m -> m.startsWith("ACK "), "ACK to the retransmitted 200");
      assertThat(RawSipPeer.header(again, "Call-ID")).isEqualTo(call.callId());

      caller.release(call);
      assertThat(caller.callsKnown()).isZero();
    }
  }

  private String invite(SipAddress line) {
    return """
    INVITE sip:%1$s@%2$s SIP/2.0
    Via: SIP/2.0/UDP 127.0.0.1:%3$d;branch=z9hG4bK-invite
    Max-Forwards: 69
    From: <sip:02083330000@192.0.2.10>;tag=caller-tag
    To: <sip:12333@192.0.2.1>
    Call-ID: %4$s
    CSeq: 1 INVITE
    Contact: <sip:02083330000@127.0.0.1:%3$d>
    Content-Length: 0

    """
        .formatted(LINE, line, peer.port(), CALL_ID);
  }

  private String inDialog(String method, int cseq, String branch, SipAddress line, String toTag) {
    return """
    %1$s sip:%2$s@%3$s SIP/2.0
    Via: SIP/2.0/UDP 127.0.0.1:%4$d;branch=%5$s
    Max-Forwards: 69
    From: <sip:02083330000@192.0.2.10>;tag=caller-tag
    To: <sip:12333@192.0.2.1>;tag=%6$s
    Call-ID: %7$s
    CSeq: %8$d %1$s
    Content-Length: 0

    """
        .formatted(method, LINE, line, peer.port(), branch, toTag, CALL_ID, cseq);
  }

  private String okTo(String invite, String toTag) {
    return """
    SIP/2.0 200 OK
    Via: %s
    From: %s
    To: %s;tag=%s
    Call-ID: %s
    CSeq: %s
    Contact: <sip:%s@127.0.0.1:%d>
    Content-Length: 0

    """
        .formatted(
            RawSipPeer.header(invite, "Via"),
            RawSipPeer.header(invite, "From"),
            RawSipPeer.header(invite, "To"),
            toTag,
            RawSipPeer.header(invite, "Call-ID"),
            RawSipPeer.header(invite, "CSeq"),
            LINE,
            peer.port());
  }
}
