package hotline.target.asterisk;

import hotline.number.ServiceCode;
import java.util.Optional;

/**
 * The names of what the asterisk target adds. Each kind has its own prefix, so a request id can
 * never make two objects collide ({@code hotline-service-12333} vs {@code hotline-area-12333}), and
 * every name says which request or service it belongs to.
 */
final class AsteriskNames {
  /** The dialplan context callers enter with the service code. */
  static final String SERVICE = "hotline-service-";
  /** The dialplan context of one request's area. */
  static final String AREA = "hotline-area-";
  /** The PJSIP endpoint and AOR of one request's trunk. */
  static final String TRUNK = "hotline-trunk-";
  /** The GROUP category the channel caps count in. */
  static final String GROUP_CATEGORY = "hotline";
  /** The dialplan file all requests share (the 404 of each service), next to extensions.conf. */
  static final String EXTENSIONS_FILE = "extensions_hotline.conf";
  /** The start of each request's dialplan file name, next to extensions.conf. */
  static final String EXTENSIONS_PREFIX = "extensions_hotline_";
  /** The start of each request's PJSIP file name, next to pjsip.conf. */
  static final String PJSIP_PREFIX = "pjsip_hotline_";
  /** The end of every file name. */
  static final String SUFFIX = ".conf";

  private AsteriskNames() {}

  static String service(ServiceCode code) {
    return SERVICE + code.digits();
  }

  static String area(String requestId) {
    return AREA + requestId;
  }

  static String trunk(String requestId) {
    return TRUNK + requestId;
  }

  /** One request's dialplan file: its entry into the service and its area context. */
  static String extensionsFile(String requestId) {
    return EXTENSIONS_PREFIX + requestId + SUFFIX;
  }

  /** One request's PJSIP file: its trunk's AOR and endpoint. */
  static String pjsipFile(String requestId) {
    return PJSIP_PREFIX + requestId + SUFFIX;
  }

  /** The request an area context or trunk endpoint belongs to. */
  static Optional<String> requestOf(String name) {
    for (String prefix : new String[] {AREA, TRUNK}) {
      if (name.startsWith(prefix)) {
        return Optional.of(name.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }
}
