package hotline.plan;

import java.util.Arrays;
import java.util.Optional;

/** Signalling of a digital trunk. */
public enum Signalling {
  /** No.7 ISUP over E1 circuits (CICs in blocks of 32 per E1). */
  ISUP("isup"),
  /** ISDN PRI, 30B+D. */
  PRI("pri"),
  /** A SIP trunk; the E1 count only sets the channel cap. */
  SIP("sip");

  private final String id;

  Signalling(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Signalling> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
