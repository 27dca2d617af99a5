package hotline.sip;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Latencies of one call as seen by the caller, measured with {@link System#nanoTime()}.
 *
 * @param inviteToRinging from sending the INVITE to the first 180 Ringing, if one came
 * @param inviteToAnswer from sending the INVITE to the first 2xx, if one came
 */
public record CallTimings(Optional<Duration> inviteToRinging, Optional<Duration> inviteToAnswer) {

  public CallTimings {
    Objects.requireNonNull(inviteToRinging, "inviteToRinging");
    Objects.requireNonNull(inviteToAnswer, "inviteToAnswer");
  }
}
