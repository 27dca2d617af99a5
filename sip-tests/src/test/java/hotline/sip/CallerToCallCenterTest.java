package hotline.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import hotline.sip.CallOutcome.Answered;
import hotline.sip.CallOutcome.Rejected;
import hotline.sip.CallOutcome.TimedOut;
import hotline.sip.LoggedMessage.Direction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A caller dialling the call center directly over UDP on loopback, no switch in between. */
class CallerToCallCenterTest {

  private static final String LOOPBACK = "127.0.0.1";
  private static final String CALLER = "02083330000";
  private static final String LINE = "02083333333";
  private static final Duration WAIT = Duration.ofSeconds(5);

  private CallCenter callCenter;
  private Caller caller;

  @BeforeEach
  void open() {
    callCenter = CallCenter.open(LOOPBACK, 0);
    caller = Caller.open(LOOPBACK, 0);
  }

  @AfterEach
  void close() {
    // each JAIN-SIP stack takes a second to stop: stop both at once
    CompletableFuture<Void> callerClosed = CompletableFuture.runAsync(caller::close);
    callCenter.close();
    callerClosed.join();
  }

  @Test
  void answeredCallRingsIsAnsweredAcknowledgedAndHungUp() {
    // 180 and 200 sent back to back may be handled out of order by the stack's threads (a 180
    // after the 200 is dropped); a short ring keeps them in order
    callCenter.setNextCallBehaviour(LINE, LineBehaviour.ringThenAnswer(Duration.ofMillis(50)));
    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());

    assertThat(call.awaitFinal(WAIT)).isEqualTo(new Answered(200));
    call.hangUp(WAIT);

    assertThat(call.timings().inviteToRinging()).isPresent();
    assertThat(call.timings().inviteToAnswer()).isPresent();
    callCenter
        .messageLog()
        .await(call.callId(), sent("SIP/2.0 200 OK", "BYE"), "200 to BYE sent", WAIT);
    assertThat(firstLines(callCenter.messageLog().forCallId(call.callId())))
        .containsSubsequence(
            "RECEIVED INVITE sip:" + LINE + "@" + callCenter.localAddress() + " SIP/2.0",
            "SENT SIP/2.0 180 Ringing",
            "SENT SIP/2.0 200 OK",
            "RECEIVED ACK sip:" + LINE + "@" + callCenter.localAddress() + " SIP/2.0",
            "RECEIVED BYE sip:" + LINE + "@" + callCenter.localAddress() + " SIP/2.0",
            "SENT SIP/2.0 200 OK");
  }

  @Test
  void arrivalRecordsLineCallerAndAssertedIdentity() {
    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());
    call.awaitFinal(WAIT);

    List<Arrival> arrivals = callCenter.arrivals(call.callId());
    assertThat(arrivals)
        .singleElement()
        .satisfies(
            arrival -> {
              assertThat(arrival.line()).isEqualTo(LINE);
              assertThat(arrival.from()).isEqualTo("sip:" + CALLER + "@" + LOOPBACK);
              assertThat(arrival.assertedIdentity()).contains("sip:" + CALLER + "@" + LOOPBACK);
              assertThat(arrival.behaviour()).isEqualTo(LineBehaviour.answer());
            });
  }

  @Test
  void busyLineRejectsWith486() {
    callCenter.setBehaviour(LINE, LineBehaviour.busy());

    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());

    assertThat(call.awaitFinal(WAIT)).isEqualTo(new Rejected(486, "Busy here"));
    assertThat(call.timings().inviteToAnswer()).isEmpty();
  }

  @Test
  void nextCallBehaviourAppliesOnceThenThePermanentOne() {
    callCenter.setNextCallBehaviour(LINE, LineBehaviour.reject(480));

    Call first = caller.dial(CALLER, LINE, callCenter.localAddress());
    assertThat(first.awaitFinal(WAIT))
        .isInstanceOfSatisfying(
            Rejected.class, rejected -> assertThat(rejected.status()).isEqualTo(480));
    Call second = caller.dial(CALLER, LINE, callCenter.localAddress());
    assertThat(second.awaitFinal(WAIT)).isEqualTo(new Answered(200));
  }

  @Test
  void ringingThenAnswerMeasuresTheDelayFrom180To200() {
    Duration ringing = Duration.ofMillis(300);
    callCenter.setBehaviour(LINE, LineBehaviour.ringThenAnswer(ringing));

    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());
    Duration toRinging = call.awaitRinging(WAIT);

    assertThat(call.awaitFinal(WAIT)).isEqualTo(new Answered(200));
    Duration toAnswer = call.timings().inviteToAnswer().orElseThrow();
    assertThat(toAnswer.minus(toRinging)).isGreaterThanOrEqualTo(ringing.minusMillis(20));
    assertThat(toAnswer.minus(toRinging)).isLessThan(ringing.plusSeconds(2));
    call.hangUp(WAIT);
  }

  @Test
  void unansweredCallCancelledByTheCallerEndsWith487() {
    callCenter.setBehaviour(LINE, LineBehaviour.noAnswer());

    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());
    call.awaitRinging(WAIT);
    call.cancel();

    assertThat(call.awaitFinal(WAIT)).isEqualTo(new Rejected(487, "Request Terminated"));
    callCenter.messageLog().await(call.callId(), sent("SIP/2.0 487", "INVITE"), "487 sent", WAIT);
    callCenter.messageLog().await(call.callId(), received("ACK", "ACK"), "ACK to 487", WAIT);
  }

  @Test
  void finalResponseWaitRunningOutGivesTimedOutAndCancelsTheCall() {
    callCenter.setBehaviour(LINE, LineBehaviour.noAnswer());

    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());
    call.awaitRinging(WAIT);

    assertThat(call.awaitFinal(Duration.ofMillis(200))).isInstanceOf(TimedOut.class);
    callCenter.messageLog().await(call.callId(), received("CANCEL", "CANCEL"), "CANCEL", WAIT);
    callCenter.messageLog().await(call.callId(), sent("SIP/2.0 487", "INVITE"), "487 sent", WAIT);
    callCenter.messageLog().await(call.callId(), received("ACK", "ACK"), "ACK to 487", WAIT);
  }

  @Test
  void callCenterHangsUpAnAnsweredCall() {
    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());
    assertThat(call.awaitFinal(WAIT)).isEqualTo(new Answered(200));

    callCenter.hangUp(call.callId(), WAIT);

    call.awaitRemoteHangUp(WAIT);
  }

  @Test
  void optionsAndNotifyAreAnsweredWith200() throws Exception {
    try (RawSipPeer peer = RawSipPeer.open()) {
      for (String method : List.of("OPTIONS", "NOTIFY")) {
        peer.send(
            callCenter.localAddress(),
            """
            %1$s sip:%2$s SIP/2.0
            Via: SIP/2.0/UDP 127.0.0.1:%3$d;branch=z9hG4bK-%1$s
            Max-Forwards: 70
            From: <sip:monitor@127.0.0.1>;tag=m1
            To: <sip:%2$s>
            Call-ID: ping-%1$s
            CSeq: 1 %1$s
            Event: keep-alive
            Content-Length: 0

            """
                .formatted(method, callCenter.localAddress(), peer.port()));

        String response =
            peer.receive(WAIT, m -> m.contains("CSeq: 1 " + method), method + " response");
        assertThat(response).startsWith("SIP/2.0 200 OK");
      }
    }
  }

  @Test
  void fiftyConcurrentCallsAreAllAnswered() {
    callCenter.setDefaultBehaviour(LineBehaviour.ringThenAnswer(Duration.ofMillis(100)));

    List<Call> calls =
        IntStream.range(0, 50)
            .mapToObj(
                i -> caller.dial(CALLER, String.format("020833%05d", i), callCenter.localAddress()))
            .toList();

    assertThat(calls)
        .allSatisfy(call -> assertThat(call.awaitFinal(WAIT)).isEqualTo(new Answered(200)));
    calls.forEach(call -> call.hangUp(WAIT));
    assertThat(callCenter.arrivals()).hasSize(50);
  }

  @Test
  void messageLogHasEveryMessageInOrderWithTimestamps() {
    Call call = caller.dial(CALLER, LINE, callCenter.localAddress());
    call.awaitFinal(WAIT);
    call.hangUp(WAIT);

    List<LoggedMessage> messages = caller.messageLog().forCallId(call.callId());
    String line = LINE + "@" + callCenter.localAddress();
    assertThat(firstLines(messages))
        .containsExactly(
            "SENT INVITE sip:" + line + " SIP/2.0",
            "RECEIVED SIP/2.0 180 Ringing",
            "RECEIVED SIP/2.0 200 OK",
            "SENT ACK sip:" + line + " SIP/2.0",
            "SENT BYE sip:" + line + " SIP/2.0",
            "RECEIVED SIP/2.0 200 OK");
    assertThat(messages)
        .extracting(LoggedMessage::cseqNumber, LoggedMessage::cseqMethod)
        .containsExactly(
            tuple(1L, "INVITE"),
            tuple(1L, "INVITE"),
            tuple(1L, "INVITE"),
            tuple(1L, "ACK"),
            tuple(2L, "BYE"),
            tuple(2L, "BYE"));
    for (int i = 1; i < messages.size(); i++) {
      LoggedMessage before = messages.get(i - 1);
      LoggedMessage after = messages.get(i);
      assertThat(after.sequence()).isGreaterThan(before.sequence());
      assertThat(after.nanoTime()).isGreaterThanOrEqualTo(before.nanoTime());
      assertThat(after.wallClock()).isAfterOrEqualTo(before.wallClock());
    }
    assertThat(messages)
        .allSatisfy(
            message -> {
              assertThat(message.callId()).isEqualTo(call.callId());
              assertThat(message.raw()).startsWith(message.firstLine());
            });
  }

  private static Predicate<LoggedMessage> sent(String firstLinePrefix, String cseqMethod) {
    return message ->
        message.direction() == Direction.SENT
            && message.firstLine().startsWith(firstLinePrefix)
            && message.cseqMethod().equals(cseqMethod);
  }

  private static Predicate<LoggedMessage> received(String firstLinePrefix, String cseqMethod) {
    return message ->
        message.direction() == Direction.RECEIVED
            && message.firstLine().startsWith(firstLinePrefix)
            && message.cseqMethod().equals(cseqMethod);
  }

  private static List<String> firstLines(List<LoggedMessage> messages) {
    return messages.stream().map(LoggedMessage::summary).toList();
  }
}
