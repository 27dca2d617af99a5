package hotline.sip;

import java.time.Duration;
import java.util.Objects;

/** What a call-center line does with an INVITE. */
public sealed interface LineBehaviour {

  /** Sends 180 Ringing, then 200 OK after {@code ringing} (zero: right after the 180). */
  record Answer(Duration ringing) implements LineBehaviour {
    public Answer {
      Objects.requireNonNull(ringing, "ringing");
      if (ringing.isNegative()) {
        throw new IllegalArgumentException(
            "expected a ringing time >= 0, but got '" + ringing + "'");
      }
    }
  }

  /** Sends the final {@code status} (3xx-6xx) at once, without ringing. */
  record Reject(int status) implements LineBehaviour {
    public Reject {
      if (status < 300 || status > 699) {
        throw new IllegalArgumentException("expected a 3xx-6xx status, but got '" + status + "'");
      }
    }
  }

  /** Sends 180 Ringing and rings until the INVITE is cancelled, then sends 487. */
  record NoAnswer() implements LineBehaviour {}

  /** 180 then 200 at once. */
  static LineBehaviour answer() {
    return new Answer(Duration.ZERO);
  }

  /** 180, then 200 after {@code ringing}. */
  static LineBehaviour ringThenAnswer(Duration ringing) {
    return new Answer(ringing);
  }

  /** 486 Busy Here. */
  static LineBehaviour busy() {
    return new Reject(486);
  }

  /** Final {@code status} at once. */
  static LineBehaviour reject(int status) {
    return new Reject(status);
  }

  /** 180 and ring until CANCEL. */
  static LineBehaviour noAnswer() {
    return new NoAnswer();
  }
}
