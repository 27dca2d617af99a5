package hotline.verify;

import hotline.sip.SipAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which switch {@code verify} calls through: {@code kamailio} (the generated configuration as a
 * local process, the default), {@code container} (the same in a Kamailio container), or {@code
 * udp:HOST:PORT} (an operator's lab switch).
 *
 * @param kind which of the three
 * @param external the lab switch's address, for {@link Kind#EXTERNAL}
 */
public record SutSpec(Kind kind, Optional<SipAddress> external) {
  /** The kinds of switch under test. */
  public enum Kind {
    KAMAILIO,
    CONTAINER,
    EXTERNAL
  }

  private static final Pattern EXTERNAL = Pattern.compile("(udp|tcp):(\\[[0-9a-fA-F:.]+\\]|[^:\\s]+):([0-9]{1,5})");

  /**
   * Parses the {@code --sut} value.
   *
   * @throws IllegalArgumentException with an "expected ..., but got ..." message
   */
  public static SutSpec parse(String text) {
    if (text.equals("kamailio")) {
      return new SutSpec(Kind.KAMAILIO, Optional.empty());
    }
    if (text.equals("container")) {
      return new SutSpec(Kind.CONTAINER, Optional.empty());
    }
    Matcher m = EXTERNAL.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected kamailio, container or udp:HOST:PORT, but got '" + text + "'");
    }
    if (m.group(1).equals("tcp")) {
      throw new IllegalArgumentException("expected udp:HOST:PORT: the harness's SIP endpoints speak UDP only for now, but got '" + text + "'");
    }
    int port = Integer.parseInt(m.group(3));
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("expected a port 1-65535, but got '" + m.group(3) + "'");
    }
    String host = m.group(2).replace("[", "").replace("]", "");
    return new SutSpec(Kind.EXTERNAL, Optional.of(new SipAddress(host, port)));
  }
}
