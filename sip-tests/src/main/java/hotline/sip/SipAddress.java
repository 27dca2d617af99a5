package hotline.sip;

import java.util.Objects;

/**
 * Where a SIP endpoint listens or where requests are sent: a host (name or IP literal) and a port.
 *
 * @param host a host name, an IPv4 literal or an IPv6 literal without brackets
 * @param port 1-65535
 */
public record SipAddress(String host, int port) {

  public SipAddress {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace) || host.startsWith("[")) {
      throw new IllegalArgumentException(
          "expected a host name or an unbracketed IP address, but got '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("expected a port 1-65535, but got '" + port + "'");
    }
  }

  /** The host as it appears in a SIP URI or Via: IPv6 literals in brackets. */
  public String uriHost() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  @Override
  public String toString() {
    return uriHost() + ":" + port;
  }
}
