package hotline.plan;

import java.util.Arrays;
import java.util.Optional;

/** The checks the harness runs against an activation; each call belongs to one. */
public enum Check {
  /** Callers of the area reach its bound number. */
  ROUTE("route"),
  /** Callers of other areas reach their own number, never this one; unserved areas get 404. */
  ORIGIN("origin"),
  /** Only the exact service code is routed: shorter, longer and other codes get 404. */
  EXACT_NUMBER("exact-number"),
  /** The hunt group moves on from a busy or silent line; every line busy gives 486. */
  HUNTING("hunting"),
  /** As many calls as the trunk has channels are carried; one more gets 503. */
  CAPACITY("capacity"),
  /** The switch's call records carry the request's charging mode and numbers. */
  CHARGING("charging"),
  /** After rollback the service is no longer routed for the area; after activate it is again. */
  ROLLBACK("rollback");

  private final String id;

  Check(String id) {
    this.id = id;
  }

  /** The name used on the command line and in results: {@code exact-number}. */
  public String id() {
    return id;
  }

  public static Optional<Check> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
