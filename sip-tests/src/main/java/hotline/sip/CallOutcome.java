package hotline.sip;

import java.time.Duration;
import java.util.Objects;

/** How a call ended from the caller's point of view: every call ends in exactly one of these. */
public sealed interface CallOutcome {

  /** The call was answered with a 2xx (normally 200). */
  record Answered(int status) implements CallOutcome {
    public Answered {
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("expected a 2xx status, but got '" + status + "'");
      }
    }
  }

  /** The call got a final non-2xx response, e.g. 486 Busy Here, 404, or 487 after CANCEL. */
  record Rejected(int status, String reason) implements CallOutcome {
    public Rejected {
      if (status < 300 || status > 699) {
        throw new IllegalArgumentException("expected a 3xx-6xx status, but got '" + status + "'");
      }
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A 2xx the caller cannot use to set up the call (no Contact, no To tag, a strict route): the
   * caller cannot acknowledge it, so the call is not up. Recorded instead of failing the listener.
   *
   * @param status the 2xx status
   * @param problem what is wrong with it, in "expected X, but got Y" form
   */
  record Malformed(int status, String problem) implements CallOutcome {
    public Malformed {
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("expected a 2xx status, but got '" + status + "'");
      }
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * No final response: the caller's bounded wait ran out, or the INVITE transaction timed out. The
   * caller cancels such a call and hangs up any 2xx that arrives later.
   *
   * @param waited time from sending the INVITE to giving up
   */
  record TimedOut(Duration waited) implements CallOutcome {
    public TimedOut {
      Objects.requireNonNull(waited, "waited");
    }
  }
}
