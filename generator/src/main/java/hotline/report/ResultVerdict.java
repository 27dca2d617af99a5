package hotline.report;

import java.util.Arrays;
import java.util.Optional;

/** The verdict of a check or of a call as results.json writes it. */
enum ResultVerdict {
  FAILED("failed"),
  NOT_RUN("not-run"),
  PASSED("passed");

  private final String id;

  ResultVerdict(String id) {
    this.id = id;
  }

  /** The results.json name, also the CSS class of the verdict. */
  String id() {
    return id;
  }

  static Optional<ResultVerdict> byId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
