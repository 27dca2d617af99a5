package hotline.report;

import java.util.Objects;

/**
 * One message of a test call for its ladder diagram.
 *
 * @param atMs milliseconds after the call's first message
 * @param from {@code caller}, {@code switch} or {@code line <number>}
 * @param to the same kinds of names
 * @param firstLine the request or status line
 * @param raw the whole message as captured
 */
record SipMessage(double atMs, String from, String to, String firstLine, String raw) {
  SipMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(firstLine, "firstLine");
    Objects.requireNonNull(raw, "raw");
  }

  /** Whether this is a response (a status line) rather than a request. */
  boolean response() {
    return firstLine.startsWith("SIP/");
  }

  /** The status code of a response; 0 for a request. */
  int status() {
    if (!response()) {
      return 0;
    }
    String[] parts = firstLine.split(" ", 3);
    return parts.length > 1 && parts[1].matches("[1-6][0-9][0-9]") ? Integer.parseInt(parts[1]) : 0;
  }

  /** The method of a request ({@code INVITE}); empty for a response. */
  String method() {
    return response() ? "" : firstLine.split(" ", 2)[0];
  }
}
