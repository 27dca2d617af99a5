package hotline.sipp;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of SIPp's injection files: who calls, what they dial, and the line that must take the
 * call (none for a call the switch must reject).
 *
 * @param caller the caller's national number, e.g. 02020000001
 * @param dialled the digits dialled, e.g. 12333
 * @param expectedLine the line (Request-URI user) the call must reach, if any
 */
public record SippCall(String caller, String dialled, Optional<String> expectedLine) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,32}");

  /** What the call-center scenario logs and compares for "no line". */
  public static final String NO_LINE = "-";

  public SippCall {
    require("caller", caller);
    require("dialled", dialled);
    Objects.requireNonNull(expectedLine, "expectedLine");
    expectedLine.ifPresent(l -> require("expected line", l));
  }

  /** The call center's lookup key: {@code caller:dialled}. */
  public String key() {
    return caller + ":" + dialled;
  }

  /** The expected line, or {@link #NO_LINE}. */
  public String expectedLineOrNone() {
    return expectedLine.orElse(NO_LINE);
  }

  private static void require(String what, String value) {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("expected the " + what + " as 1-32 digits, but got '" + value + "'");
    }
  }
}
