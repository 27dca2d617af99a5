package hotline.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.sip.LoggedMessage.Direction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessageLogTest {

  private static final SipAddress LINE = new SipAddress("192.0.2.20", 5060);
  private static final SipAddress SWITCH = new SipAddress("192.0.2.1", 5060);

  @Test
  void indexesByCallIdAndCSeqIncludingCompactHeaders() {
    MessageLog log = new MessageLog();

    log.record(
        Direction.RECEIVED,
        SWITCH,
        LINE,
        "OPTIONS sip:x SIP/2.0\r\ni: a1\r\nCSeq: 7 OPTIONS\r\n\r\n");

    assertThat(log.forCallId("a1"))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.firstLine()).isEqualTo("OPTIONS sip:x SIP/2.0");
              assertThat(message.cseqNumber()).isEqualTo(7);
              assertThat(message.cseqMethod()).isEqualTo("OPTIONS");
              assertThat(message.source()).isEqualTo(SWITCH);
              assertThat(message.destination()).isEqualTo(LINE);
            });
  }

  @Test
  void skipsKeepAlivesAndKeepsMalformedMessagesAsTheyCame() {
    MessageLog log = new MessageLog();

    log.record(Direction.RECEIVED, SWITCH, LINE, "\r\n\r\n");
    log.record(Direction.RECEIVED, SWITCH, LINE, "garbage\r\n\r\n");

    assertThat(log.all())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.raw()).isEqualTo("garbage\r\n\r\n");
              assertThat(message.callId()).isEmpty();
              assertThat(message.cseqNumber()).isZero();
            });
  }

  @Test
  void awaitSaysWhatDidNotHappenAndWhatWasCaptured() {
    MessageLog log = new MessageLog();
    log.record(
        Direction.SENT,
        LINE,
        SWITCH,
        "SIP/2.0 180 Ringing\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n\r\n");

    assertThatThrownBy(
            () ->
                log.await(
                    "c1",
                    m -> m.firstLine().startsWith("SIP/2.0 200"),
                    "200 OK",
                    Duration.ofMillis(50)))
        .isInstanceOf(AwaitTimeoutException.class)
        .hasMessageContaining("no 200 OK for Call-ID c1 within PT0.05S")
        .hasMessageContaining("SENT SIP/2.0 180 Ringing");
  }
}
