package hotline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.number.PhoneNumber;
import hotline.plan.Outcome;
import hotline.sip.Arrival;
import hotline.sip.CallOutcome;
import hotline.sip.LineBehaviour;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a call's outcome and arrivals become its disposition, and when it meets its expectation. */
class DispositionTest {
  private static Arrival at(String line) {
    return new Arrival(line, "c1", 0, Instant.EPOCH, "sip:02020000001@127.0.0.1", Optional.empty(), LineBehaviour.answer());
  }

  @Test
  void answeredAtTheLastLineOffered() {
    Disposition d = TestCalls.disposition(new CallOutcome.Answered(200), List.of(at("02083333333"), at("02083333334")), Set.of("02083333333", "02083333334"));
    assertThat(d).isEqualTo(new Disposition.AnsweredAt("02083333334"));
    assertThat(TestCalls.meets(d, Outcome.answeredAt(PhoneNumber.parse("020-83333334")))).isTrue();
    assertThat(TestCalls.meets(d, Outcome.answeredAt(PhoneNumber.parse("020-83333333")))).isFalse();
  }

  @Test
  void anOfferToALineNotAllowedWinsEvenWhenTheCallWasRejected() {
    Disposition d = TestCalls.disposition(new CallOutcome.Rejected(486, "Busy Here"), List.of(at("075588812333")), Set.of());
    assertThat(d).isEqualTo(new Disposition.UnexpectedLine("075588812333"));
    assertThat(TestCalls.meets(d, Outcome.rejected(486))).isFalse();
  }

  @Test
  void rejectionsAndTimeouts() {
    assertThat(TestCalls.disposition(new CallOutcome.Rejected(404, "Not Found"), List.of(), Set.of())).isEqualTo(new Disposition.Rejected(404));
    assertThat(TestCalls.meets(new Disposition.Rejected(404), Outcome.rejected(404))).isTrue();
    assertThat(TestCalls.meets(new Disposition.Rejected(503), Outcome.rejected(404))).isFalse();
    Disposition t = TestCalls.disposition(new CallOutcome.TimedOut(Duration.ofMillis(1500)), List.of(), Set.of());
    assertThat(t).isEqualTo(new Disposition.TimedOut(1500));
    assertThat(TestCalls.meets(t, Outcome.rejected(404))).isFalse();
  }

  @Test
  void aCallAnsweredWithoutReachingAnyLineIsUnexpected() {
    assertThat(TestCalls.disposition(new CallOutcome.Answered(200), List.of(), Set.of("02083333333"))).isInstanceOf(Disposition.UnexpectedLine.class);
  }
}
