package hotline.load;

import java.util.Arrays;
import java.util.Optional;

/** The call engines a load or verify run can use. */
public enum Engine {
  /** SIPp processes driven by generated scenarios. */
  SIPP("sipp"),
  /** The harness's own JAIN-SIP caller and call center. */
  JAIN("jain");

  private final String id;

  Engine(String id) {
    this.id = id;
  }

  /** The name on the command line and in results. */
  public String id() {
    return id;
  }

  public static Optional<Engine> byId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }
}
