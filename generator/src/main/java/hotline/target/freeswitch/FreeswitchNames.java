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
  /** [guess] the stock context of registered subscribers, whose folder default.xml includes. */
  static final String CONTEXT = "default";
  /** [guess] the stock profile whose folder external.xml includes inside its gateways. */
  static final String PROFILE = "external";
  /** The folder of the generated dialplan files. */
  static final String DIALPLAN_DIR = "dialplan/";
  /** The folder of the generated gateway files. */
  static final String GATEWAY_DIR = "sip_profiles/";
  /** Where the dialplan files are installed, under the configuration folder. */
  static final String DIALPLAN_INSTALLED = "dialplan/" + CONTEXT + "/";
  /** Where the gateway files are installed, under the configuration folder. */
  static final String GATEWAY_INSTALLED = "sip_profiles/" + PROFILE + "/";
  /** The start of every dialplan file's name. */
  static final String DIALPLAN_PREFIX = "hotline-";
  /** Between the service code and the request id in a request's dialplan file name. */
  static final String AREA_FILE = "-area-";
  /** After the service code in the name of the file with the service's 404. */
  static final String NO_AREA_FILE = "-no-area.xml";
  /** The start of a request's gateway file name. */
  static final String GATEWAY_PREFIX = "hotline-gateway-";
  /** The end of every file name. */
  static final String SUFFIX = ".xml";

  private FreeswitchNames() {}

  static String area(String requestId) {
    return AREA + requestId;
  }

  static String trunk(String requestId) {
    return TRUNK + requestId;
  }

  /**
   * One request's dialplan file, {@code hotline-<code>-area-<id>.xml}. FreeSWITCH includes a
   * folder's files in the order glob(3) sorts their names; at the first place where this name and
   * the service's {@link #noAreaFile} differ stand the letters 'a' and 'n', whichever the request
   * id, so the 404 comes after every request's extension both in byte order and in a locale's
   * collation (which skips the '-').
   */
  static String areaFile(String code, String requestId) {
    return DIALPLAN_PREFIX + code + AREA_FILE + requestId + SUFFIX;
  }

  /** The file with one service's 404 extension, {@code hotline-<code>-no-area.xml}. */
  static String noAreaFile(String code) {
    return DIALPLAN_PREFIX + code + NO_AREA_FILE;
  }

  /** One request's gateway file, {@code hotline-gateway-<id>.xml}. */
  static String gatewayFile(String requestId) {
    return GATEWAY_PREFIX + requestId + SUFFIX;
  }

  /** The extension that answers 404 to callers of areas without an activation. */
  static String noArea(ServiceCode code) {
    return noArea(code.digits());
  }

  /** The 404 extension of the service code with these digits. */
  static String noArea(String code) {
    return "hotline-service-" + code + "-no-area";
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
