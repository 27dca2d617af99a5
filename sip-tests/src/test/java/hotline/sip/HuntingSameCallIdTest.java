package hotline.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A switch hunting through lines sends each one an INVITE with the same Call-ID, From tag and CSeq
 * but a new branch. Played here by a raw UDP peer acting as a record-routing proxy.
 */
class HuntingSameCallIdTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String BUSY_LINE = "02083333331";
  private static final String SILENT_LINE = "02083333332";
  private static final String FREE_LINE = "02083333333";
  private static final String CALL_ID = "hunt-1@192.0.2.10";

  private CallCenter callCenter;
  private RawSipPeer proxy;

  @BeforeEach
  void open() throws Exception {
    callCenter = CallCenter.open("127.0.0.1", 0);
    proxy = RawSipPeer.open();
  }

  @AfterEach
  void close() {
    proxy.close();
    callCenter.close();
  }

  @Test
  void sameCallIdIsHandledOnEachLineInTurnAndAnsweredOnTheLast() throws Exception {
    callCenter.setBehaviour(BUSY_LINE, LineBehaviour.busy());
    callCenter.setBehaviour(SILENT_LINE, LineBehaviour.noAnswer());

    proxy.send(callCenter.localAddress(), invite(BUSY_LINE, "z9hG4bK-1"));
    String busy = proxy.receive(WAIT, m -> m.startsWith("SIP/2.0 486"), "486 from " + BUSY_LINE);
    proxy.send(callCenter.localAddress(), ack(BUSY_LINE, "z9hG4bK-1", RawSipPeer.toTag(busy)));

    proxy.send(callCenter.localAddress(), invite(SILENT_LINE, "z9hG4bK-2"));
    proxy.receive(WAIT, m -> m.startsWith("SIP/2.0 180"), "180 from " + SILENT_LINE);
    proxy.send(callCenter.localAddress(), cancel(SILENT_LINE, "z9hG4bK-2"));
    String terminated =
        proxy.receive(WAIT, m -> m.startsWith("SIP/2.0 487"), "487 from " + SILENT_LINE);
    proxy.send(
        callCenter.localAddress(), ack(SILENT_LINE, "z9hG4bK-2", RawSipPeer.toTag(terminated)));

    proxy.send(callCenter.localAddress(), invite(FREE_LINE, "z9hG4bK-3"));
    String ok = proxy.receive(WAIT, m -> m.startsWith("SIP/2.0 200"), "200 from " + FREE_LINE);
    assertThat(RawSipPeer.header(ok, "Contact")).contains(FREE_LINE);
    assertThat(RawSipPeer.header(ok, "Record-Route")).contains(":" + proxy.port() + ";lr");
    proxy.send(callCenter.localAddress(), ack(FREE_LINE, "z9hG4bK-4", RawSipPeer.toTag(ok)));

    assertThat(callCenter.arrivals(CALL_ID))
        .extracting(Arrival::line, Arrival::behaviour)
        .containsExactly(
            tuple(BUSY_LINE, LineBehaviour.busy()),
            tuple(SILENT_LINE, LineBehaviour.noAnswer()),
            tuple(FREE_LINE, LineBehaviour.answer()));

    // the line hangs up along the route set: through the proxy, to the caller's Contact
    CompletableFuture<Void> hangUp =
        CompletableFuture.runAsync(() -> callCenter.hangUp(CALL_ID, WAIT));
    String bye = proxy.receive(WAIT, m -> m.startsWith("BYE "), "BYE from " + FREE_LINE);
    assertThat(bye).startsWith("BYE sip:02083330000@192.0.2.10:5060 SIP/2.0");
    assertThat(RawSipPeer.header(bye, "Route"))
        .isEqualTo("<sip:127.0.0.1:" + proxy.port() + ";lr>");
    proxy.send(callCenter.localAddress(), okFor(bye));
    hangUp.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  private String invite(String line, String branch) {
    return """
    INVITE sip:%1$s@%2$s SIP/2.0
    Via: SIP/2.0/UDP 127.0.0.1:%3$d;branch=%4$s
    Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-caller
    Max-Forwards: 69
    Record-Route: <sip:127.0.0.1:%3$d;lr>
    From: <sip:02083330000@192.0.2.10>;tag=caller-tag
    To: <sip:12333@192.0.2.1>
    Call-ID: %5$s
    CSeq: 1 INVITE
    Contact: <sip:02083330000@192.0.2.10:5060>
    P-Asserted-Identity: <sip:02083330000@192.0.2.10>
    Content-Length: 0

    """
        .formatted(line, callCenter.localAddress(), proxy.port(), branch, CALL_ID);
  }

  private String cancel(String line, String branch) {
    return """
    CANCEL sip:%1$s@%2$s SIP/2.0
    Via: SIP/2.0/UDP 127.0.0.1:%3$d;branch=%4$s
    Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-caller
    Max-Forwards: 69
    From: <sip:02083330000@192.0.2.10>;tag=caller-tag
    To: <sip:12333@192.0.2.1>
    Call-ID: %5$s
    CSeq: 1 CANCEL
    Content-Length: 0

    """
        .formatted(line, callCenter.localAddress(), proxy.port(), branch, CALL_ID);
  }

  private String ack(String line, String branch, String toTag) {
    return """
    ACK sip:%1$s@%2$s SIP/2.0
    Via: SIP/2.0/UDP 127.0.0.1:%3$d;branch=%4$s
    Max-Forwards: 69
    From: <sip:02083330000@192.0.2.10>;tag=caller-tag
    To: <sip:12333@192.0.2.1>;tag=%6$s
    Call-ID: %5$s
    CSeq: 1 ACK
    Content-Length: 0

    """
        .formatted(line, callCenter.localAddress(), proxy.port(), branch, CALL_ID, toTag);
  }

  private static String okFor(String request) {
    return """
    SIP/2.0 200 OK
    Via: %s
    From: %s
    To: %s
    Call-ID: %s
    CSeq: %s
    Content-Length: 0

    """
        .formatted(
            RawSipPeer.header(request, "Via"),
            RawSipPeer.header(request, "From"),
            RawSipPeer.header(request, "To"),
            RawSipPeer.header(request, "Call-ID"),
            RawSipPeer.header(request, "CSeq"));
  }
}
