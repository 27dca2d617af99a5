package hotline.target.freeswitch;

import hotline.number.ServiceCode;
import java.util.Optional;

/**
 * The names and places of what the freeswitch target adds. Each kind has its own prefix, so a
 * request id can never make two objects collide, and every name says what it belongs to. The
 * places are those of FreeSWITCH's stock (vanilla) configuration.
 */
final class FreeswitchNames {
  /** The dialplan extension of one request's area. */
  static final String AREA = "hotline-area-";
  /** The sofia gateway of one request's trunk. */
  static final String TRUNK = "hotline-trunk-";
  /** The limit realm the channel caps count in. */
  static final String LIMIT_REALM = "hotline";
  /** The generated dialplan fragment. */
  static final String DIALPLAN_FILE = "dialplan/hotline.xml";
  /** The generated gateways fragment. */
  static final String GATEWAYS_FILE = "sip_profiles/hotline-gateways.xml";
  /** [guess] the stock context of registered subscribers, whose folder default.xml includes. */
  static final String CONTEXT = "default";
  /** [guess] the stock profile whose folder external.xml includes inside its gateways. */
  static final String PROFILE = "external";
  /** Where the dialplan fragment is installed, under the configuration folder. */
  static final String DIALPLAN_INSTALLED = "dialplan/" + CONTEXT + "/hotline.xml";
  /** Where the gateways fragment is installed, under the configuration folder. */
  static final String GATEWAYS_INSTALLED = "sip_profiles/" + PROFILE + "/hotline-gateways.xml";

  private FreeswitchNames() {}

  static String area(String requestId) {
    return AREA + requestId;
  }

  static String trunk(String requestId) {
    return TRUNK + requestId;
  }

  /** The extension that answers 404 to callers of areas without an activation. */
  static String noArea(ServiceCode code) {
    return "hotline-service-" + code.digits() + "-no-area";
  }

  /** The request an area extension or gateway belongs to. */
  static Optional<String> requestOf(String name) {
    for (String prefix : new String[] {AREA, TRUNK}) {
      if (name.startsWith(prefix)) {
        return Optional.of(name.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }
}
