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
  /** The file the dialplan fragment is installed as, next to extensions.conf. */
  static final String EXTENSIONS_FILE = "extensions_hotline.conf";
  /** The file the PJSIP fragment is installed as, next to pjsip.conf. */
  static final String PJSIP_FILE = "pjsip_hotline.conf";

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
