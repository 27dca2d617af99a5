package hotline.report;

import java.util.Arrays;
import java.util.Optional;

/** How a test call ended, as results.json names it ({@code disposition}). */
enum CallEnd {
  ANSWERED("answered"),
  UNEXPECTED_LINE("unexpected-line"),
  REJECTED("rejected"),
  TIMED_OUT("timed-out");

  private final String id;

  CallEnd(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  static Optional<CallEnd> byId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }
}
