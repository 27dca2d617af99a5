package hotline.faults;

import java.util.List;

/** A SIP request as text, with just the header access a fake switch needs. */
record SipRequestText(String text) {
  /** The request's method: INVITE, ACK, BYE, CANCEL, OPTIONS. */
  String method() {
    return text.substring(0, Math.max(0, text.indexOf(' ')));
  }

  /** Every value of a header (full name only), in order. */
  List<String> all(String name) {
    return text.lines()
        .takeWhile(l -> !l.isEmpty())
        .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .map(l -> l.substring(name.length() + 1).trim())
        .toList();
  }

  /** The first value of a header; empty when absent. */
  String header(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? "" : values.get(0);
  }
}
