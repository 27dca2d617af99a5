package hotline.target.asterisk;

import static hotline.target.asterisk.AsteriskText.comment;
import static hotline.target.asterisk.AsteriskText.token;

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
 * The template model of the asterisk target, built from a plan: plain maps, lists, text, numbers
 * and booleans, every value already checked ({@link AsteriskText#token}) or made comment-safe
 * ({@link AsteriskText#comment}). Defaults live here, not in the templates.
 */
final class AsteriskModel {
  /** Where a stock Asterisk keeps its configuration (asterisk.conf's astetcdir). */
  static final String CONF_DIR = "/etc/asterisk";

  private static final Pattern HOST = Pattern.compile("[a-z0-9.-]{1,253}|\\[[0-9a-f:.]{2,45}\\]");

  private AsteriskModel() {}

  /** The model, or the diagnostics of the requests this target cannot render. */
  static Map<String, Object> of(Plan plan, List<Diagnostic> problems) {
    List<Map<String, Object>> activations = new ArrayList<>();
    Map<ServiceCode, Map<String, Object>> services = new LinkedHashMap<>();
    for (Activation a : plan.activations()) {
      Optional<SipUri> gateway = a.trunk().gateway();
      if (gateway.isEmpty()) {
        problems.add(new Diagnostic(at(a), "trunk.gateway", "expected a gateway (sip:host:port) where the trunk ends, which the asterisk target needs for its PJSIP endpoint, but got none"));
        continue;
      }
      try {
        activations.add(activation(a, gateway.get()));
        services.computeIfAbsent(a.service(), AsteriskModel::service);
      } catch (IllegalArgumentException e) {
        problems.add(new Diagnostic(at(a), "", e.getMessage()));
      }
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("version", comment(Version.current()));
    model.put("sources", plan.sources().stream().map(AsteriskText::comment).toList());
    model.put("requestIds", String.join(", ", plan.activations().stream().map(Activation::id).toList()));
    model.put("confDir", CONF_DIR);
    model.put("extensionsFile", AsteriskNames.EXTENSIONS_FILE);
    model.put("extensionsPrefix", AsteriskNames.EXTENSIONS_PREFIX);
    model.put("pjsipPrefix", AsteriskNames.PJSIP_PREFIX);
    model.put("extensionsPattern", AsteriskNames.extensionsFile("<request>"));
    model.put("pjsipPattern", AsteriskNames.pjsipFile("<request>"));
    model.put("services", new ArrayList<>(services.values()));
    model.put("activations", activations);
    return model;
  }

  /** Where a request was written, for its diagnostics. */
  static SourcePosition at(Activation a) {
    return new SourcePosition(a.source().file(), a.source().line(), 0);
  }

  private static Map<String, Object> service(ServiceCode code) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", token(code.digits()));
    m.put("nameZh", comment(code.nameZh()));
    m.put("nameEn", comment(code.nameEn()));
    m.put("context", token(AsteriskNames.service(code)));
    return m;
  }

  private static Map<String, Object> activation(Activation a, SipUri gateway) {
    Area area = a.network().area();
    TrunkGroup trunk = a.trunk();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", token(a.id()));
    m.put("source", comment(a.source().toString()));
    m.put("extensionsFile", token(AsteriskNames.extensionsFile(a.id())));
    m.put("pjsipFile", token(AsteriskNames.pjsipFile(a.id())));
    m.put("serviceContext", token(AsteriskNames.service(a.service())));
    m.put("callerPatterns", callerPatterns(area));
    m.put("localLengths", comment(area.localLengthText()));
    m.put("context", token(AsteriskNames.area(a.id())));
    m.put("endpoint", token(AsteriskNames.trunk(a.id())));
    m.put("group", token(a.id()));
    m.put("groupCategory", token(AsteriskNames.GROUP_CATEGORY));
    m.put("service", token(a.service().digits()));
    m.put("areaCode", token(area.code().digits()));
    m.put("provinceZh", comment(area.provinceZh()));
    m.put("provinceEn", comment(area.provinceEn()));
    m.put("cityZh", comment(area.cityZh()));
    m.put("cityEn", comment(area.cityEn()));
    m.put("operator", comment(a.network().operator().nameEn() + (a.network().operatorDerived() ? " (derived from the province)" : "")));
    m.put("bound", comment(a.numberChange().boundNumber().display()));
    m.put("remoteSeats", a.remoteSeats());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (PhoneNumber line : a.huntGroup().lines()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("digits", token(line.national()));
      l.put("display", comment(line.display()));
      lines.add(l);
    }
    m.put("lines", lines);
    m.put("trunk", comment(trunk.describe()));
    m.put("channels", trunk.channels());
    m.put("gateway", comment(gateway.toString()));
    m.put("contact", contact(gateway));
    m.put("tcp", gateway.transport().equals("tcp"));
    m.put("charging", token(a.charging().id()));
    m.put("chargingZh", comment(a.charging().nameZh()));
    m.put("chargingEn", comment(a.charging().nameEn()));
    m.put("userfield", token("hotline:" + a.id() + ":" + a.charging().id()));
    m.put("noAnswerSeconds", a.noAnswerSeconds());
    return m;
  }

  /**
   * The AOR contact: {@code sip:host:port}, with {@code \;transport=tcp} for TCP (a bare {@code ;}
   * would start a comment in pjsip.conf).
   */
  private static String contact(SipUri gateway) {
    if (!HOST.matcher(gateway.host()).matches()) {
      throw new IllegalArgumentException("expected a gateway host of letters, digits, '.', '-' or a bracketed IPv6 address, but got '" + comment(gateway.host()) + "'");
    }
    return "sip:" + gateway.hostPort() + (gateway.transport().equals("tcp") ? "\\;transport=tcp" : "");
  }

  /**
   * The caller numbers of an area, as Asterisk caller-id patterns: {@code _}, the area code, a
   * first local digit 2-8, then an {@code X} for each further digit of the local number; one
   * pattern per local length (7, 8, or both), since a pattern has no optional digit.
   */
  static List<String> callerPatterns(Area area) {
    // digits, [2-8] and X only: nothing Asterisk would expand
    return area.localLengths().stream().map(n -> "_" + area.code().digits() + "[2-8]" + "X".repeat(n - 1)).toList();
  }

}
