package hotline.sip;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A lossy, slow network on an endpoint's outgoing datagrams, for tests where the kernel's netem
 * is not available: each datagram is lost with {@code lossPercent} percent chance, else sent
 * {@code delay} late. SIP's retransmissions must carry calls through.
 *
 * @param lossPercent 0-50
 * @param delay 0-2 s
 */
public record Impairment(int lossPercent, Duration delay) {
  /** A perfect network. */
  public static final Impairment NONE = new Impairment(0, Duration.ZERO);

  public Impairment {
    Objects.requireNonNull(delay, "delay");
    if (lossPercent < 0 || lossPercent > 50) {
      throw new IllegalArgumentException("expected a loss of 0-50 %, but got '" + lossPercent + "'");
    }
    if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(2)) > 0) {
      throw new IllegalArgumentException("expected a delay of 0-2 s, but got '" + delay + "'");
    }
  }

  /** Whether this datagram is lost. */
  boolean drops() {
    return lossPercent > 0 && ThreadLocalRandom.current().nextInt(100) < lossPercent;
  }

  boolean isNone() {
    return lossPercent == 0 && delay.isZero();
  }
}
