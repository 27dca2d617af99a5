package hotline.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a SIP trunk ends: {@code sip:HOST[:PORT][;transport=udp|tcp]}, nothing else (no user part,
 * no other parameters), so the value can be written into any switch's configuration as is.
 *
 * @param host an IPv4 address, a bracketed IPv6 address or a host name, lower case
 * @param port 1-65535; 5060 when the URI gives none
 * @param transport {@code udp} or {@code tcp}
 */
public record SipUri(String host, int port, String transport) {
  private static final Pattern SYNTAX =
      Pattern.compile(
          "sip:(?<host>\\[[0-9a-fA-F:.]+\\]|[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)"
              + "(?::(?<port>[0-9]{1,5}))?(?:;transport=(?<transport>udp|tcp))?");

  public SipUri {
    if (host == null || host.isEmpty() || !host.equals(host.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("expected a lower-case host, but got '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("expected a port 1-65535, but got '" + port + "'");
    }
    if (!transport.equals("udp") && !transport.equals("tcp")) {
      throw new IllegalArgumentException("expected transport udp or tcp, but got '" + transport + "'");
    }
  }

  /**
   * Parses a trunk gateway URI.
   *
   * @throws IllegalArgumentException with an "expected ..., but got ..." message
   */
  public static SipUri parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a SIP URI such as sip:192.0.2.10:5060 (host, optional port and ;transport=udp|tcp), but got '" + text + "'");
    }
    String host = m.group("host").toLowerCase(Locale.ROOT);
    if (host.matches("[0-9.]+")) {
      for (String part : host.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          throw new IllegalArgumentException("expected an IPv4 address with parts 0-255, but got '" + text + "'");
        }
      }
    }
    int port = m.group("port") == null ? 5060 : Integer.parseInt(m.group("port"));
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("expected a port 1-65535, but got '" + m.group("port") + "' in '" + text + "'");
    }
    return new SipUri(host, port, m.group("transport") == null ? "udp" : m.group("transport"));
  }

  /** {@code host:port}, as a proxy's destination. */
  public String hostPort() {
    return host + ":" + port;
  }

  /** The canonical URI: {@code sip:host:port}, with {@code ;transport=tcp} when not UDP. */
  @Override
  public String toString() {
    return "sip:" + hostPort() + (transport.equals("udp") ? "" : ";transport=" + transport);
  }
}
