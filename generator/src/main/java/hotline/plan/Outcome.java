package hotline.plan;

import hotline.number.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * What a call must end in: answered at a line, or rejected with a SIP status.
 *
 * @param line the line that answers, for an answered call
 * @param code 200 for an answered call, else the rejection status (404, 486, 503)
 */
public record Outcome(Optional<PhoneNumber> line, int code) {
  /** Not routed: a number that is not exactly a service code, or an area with no activation. */
  public static final int NOT_ROUTED = 404;
  /** Every line of the hunt group busy. */
  public static final int ALL_LINES_BUSY = 486;
  /** Every channel of the trunk group in use. */
  public static final int TRUNK_FULL = 503;

  public Outcome {
    Objects.requireNonNull(line, "line");
    if (line.isPresent() != (code == 200)) {
      throw new IllegalArgumentException("an answered call has a line and code 200, a rejection neither");
    }
    if (code < 200 || code > 699) {
      throw new IllegalArgumentException("expected a final SIP status, but got " + code);
    }
  }

  public static Outcome answeredAt(PhoneNumber line) {
    return new Outcome(Optional.of(line), 200);
  }

  public static Outcome rejected(int code) {
    return new Outcome(Optional.empty(), code);
  }

  public boolean answered() {
    return line.isPresent();
  }

  @Override
  public String toString() {
    return line.map(l -> "answered at " + l.national()).orElse("rejected with " + code);
  }
}
