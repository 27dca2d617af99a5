package hotline.target.freeswitch;

import static hotline.target.freeswitch.FreeswitchText.attribute;
import static hotline.target.freeswitch.FreeswitchText.comment;
import static hotline.target.freeswitch.FreeswitchText.token;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.SourcePosition;
import hotline.number.Area;
import hotline.number.PhoneNumber;
import hotline.number.ServiceCode;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.plan.SipUri;
import hotline.plan.TrunkGroup;
import hotline.plan.TrunkType;
import hotline.render.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The template model of the freeswitch target, built from a plan: plain maps, lists, text, numbers
 * and booleans. Application data and dial strings are composed here from checked tokens ({@link
 * FreeswitchText#token}) and XML-escaped ({@link FreeswitchText#attribute}); free text is made
 * comment-safe ({@link FreeswitchText#comment}). Defaults live here, not in the templates.
 */
final class FreeswitchModel {
  /** Where a stock FreeSWITCH package keeps its configuration. */
  static final String CONF_DIR = "/etc/freeswitch";
  /** The hangup cause beyond the channel cap: sofia answers it with 503 Service Unavailable. */
  static final String FULL_CAUSE = "NORMAL_CIRCUIT_CONGESTION";

  private static final Pattern HOST = Pattern.compile("[a-z0-9.-]{1,253}|\\[[0-9a-f:.]{2,45}\\]");

  private FreeswitchModel() {}

  /** The model, or the diagnostics of the requests this target cannot render. */
  static Map<String, Object> of(Plan plan, List<Diagnostic> problems) {
    Map<ServiceCode, List<Map<String, Object>>> byService = new LinkedHashMap<>();
    List<Map<String, Object>> activations = new ArrayList<>();
    for (Activation a : plan.activations()) {
      Optional<SipUri> gateway = a.trunk().gateway();
      if (gateway.isEmpty()) {
        problems.add(new Diagnostic(at(a), "trunk.gateway", "expected a gateway (sip:host:port) where the trunk ends, which the freeswitch target needs for its sofia gateway, but got none"));
        continue;
      }
      try {
        Map<String, Object> m = activation(a, gateway.get());
        activations.add(m);
        byService.computeIfAbsent(a.service(), s -> new ArrayList<>()).add(m);
      } catch (IllegalArgumentException e) {
        problems.add(new Diagnostic(at(a), "", e.getMessage()));
      }
    }
    List<Map<String, Object>> services = new ArrayList<>();
    byService.forEach((code, list) -> services.add(service(code, list)));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("version", comment(Version.current()));
    model.put("sources", plan.sources().stream().map(FreeswitchText::comment).toList());
    model.put("requestIds", String.join(", ", plan.activations().stream().map(Activation::id).toList()));
    model.put("confDir", CONF_DIR);
    model.put("context", FreeswitchNames.CONTEXT);
    model.put("profile", FreeswitchNames.PROFILE);
    model.put("dialplanInstalled", FreeswitchNames.DIALPLAN_INSTALLED);
    model.put("gatewayInstalled", FreeswitchNames.GATEWAY_INSTALLED);
    model.put("areaFilePattern", FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.areaFile("<code>", "<request>"));
    model.put("noAreaFilePattern", FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.noAreaFile("<code>"));
    model.put("noAreaSuffix", FreeswitchNames.NO_AREA_FILE);
    model.put("gatewayFilePattern", FreeswitchNames.GATEWAY_DIR + FreeswitchNames.gatewayFile("<request>"));
    model.put("services", services);
    model.put("activations", activations);
    return model;
  }

  /** Where a request was written, for its diagnostics. */
  static SourcePosition at(Activation a) {
    return new SourcePosition(a.source().file(), a.source().line(), 0);
  }

  private static Map<String, Object> service(ServiceCode code, List<Map<String, Object>> activations) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", token(code.digits()));
    m.put("nameZh", comment(code.nameZh()));
    m.put("nameEn", comment(code.nameEn()));
    m.put("expression", attribute("^" + token(code.digits()) + "$"));
    m.put("noArea", attribute(token(FreeswitchNames.noArea(code))));
    m.put("noAreaFile", FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.noAreaFile(token(code.digits())));
    m.put("noAreaInstalled", FreeswitchNames.DIALPLAN_INSTALLED + FreeswitchNames.noAreaFile(token(code.digits())));
    m.put("activations", activations);
    return m;
  }

  private static Map<String, Object> activation(Activation a, SipUri gateway) {
    Area area = a.network().area();
    TrunkGroup trunk = a.trunk();
    String id = token(a.id());
    String gatewayName = token(FreeswitchNames.trunk(id));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("source", comment(a.source().toString()));
    m.put("extension", attribute(token(FreeswitchNames.area(id))));
    m.put("gatewayName", attribute(gatewayName));
    m.put("service", token(a.service().digits()));
    m.put("areaFile", FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.areaFile(token(a.service().digits()), id));
    m.put("areaInstalled", FreeswitchNames.DIALPLAN_INSTALLED + FreeswitchNames.areaFile(token(a.service().digits()), id));
    m.put("noAreaFile", FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.noAreaFile(token(a.service().digits())));
    m.put("noAreaInstalled", FreeswitchNames.DIALPLAN_INSTALLED + FreeswitchNames.noAreaFile(token(a.service().digits())));
    m.put("noArea", attribute(token(FreeswitchNames.noArea(a.service()))));
    m.put("gatewayFile", FreeswitchNames.GATEWAY_DIR + FreeswitchNames.gatewayFile(id));
    m.put("gatewayInstalled", FreeswitchNames.GATEWAY_INSTALLED + FreeswitchNames.gatewayFile(id));
    m.put("destinationExpression", attribute("^" + token(a.service().digits()) + "$"));
    m.put("callerExpression", attribute(callerPattern(area)));
    m.put("areaCode", token(area.code().digits()));
    m.put("provinceZh", comment(area.provinceZh()));
    m.put("provinceEn", comment(area.provinceEn()));
    m.put("cityZh", comment(area.cityZh()));
    m.put("cityEn", comment(area.cityEn()));
    m.put("localLengths", comment(area.localLengthText()));
    m.put("operator", comment(a.network().operator().nameEn() + (a.network().operatorDerived() ? " (derived from the province)" : "")));
    m.put("bound", comment(a.numberChange().boundNumber().display()));
    m.put("remoteSeats", a.remoteSeats());
    m.put("lines", comment(String.join(", ", a.huntGroup().lines().stream().map(PhoneNumber::display).toList())));
    m.put("trunk", comment(trunk.describe()));
    m.put("channels", trunk.channels());
    m.put("gateway", comment(gateway.toString()));
    m.put("proxy", attribute(proxy(gateway)));
    m.put("tcp", gateway.transport().equals("tcp"));
    m.put("charging", token(a.charging().id()));
    m.put("chargingZh", comment(a.charging().nameZh()));
    m.put("chargingEn", comment(a.charging().nameEn()));
    m.put("exportCharging", attribute("hotline_charging=" + token(a.charging().id())));
    m.put("exportRequest", attribute("hotline_request=" + id));
    m.put("limitData", attribute(String.join(" ", "hash", token(FreeswitchNames.LIMIT_REALM), id, Integer.toString(trunk.channels()), "!" + token(FULL_CAUSE))));
    m.put("noAnswerSeconds", a.noAnswerSeconds());
    List<String> legs = new ArrayList<>();
    for (PhoneNumber line : a.huntGroup().lines()) {
      legs.add("[leg_timeout=" + a.noAnswerSeconds() + "]sofia/gateway/" + gatewayName + "/" + token(line.national()));
    }
    m.put("bridgeData", attribute(String.join("|", legs)));
    return m;
  }

  /** The gateway's proxy, {@code host:port}; the host is checked, IPv6 keeps its brackets. */
  private static String proxy(SipUri gateway) {
    if (!HOST.matcher(gateway.host()).matches()) {
      throw new IllegalArgumentException("expected a gateway host of letters, digits, '.', '-' or a bracketed IPv6 address, but got '" + comment(gateway.host()) + "'");
    }
    return gateway.hostPort();
  }

  /**
   * The caller numbers of an area, as a regular expression (PCRE): the area code, a first local
   * digit 2-8, then the rest of the area's local length (7, 8, or either).
   */
  static String callerPattern(Area area) {
    return "^" + area.callerPattern() + "$";
  }

}
