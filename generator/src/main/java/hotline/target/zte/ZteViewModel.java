package hotline.target.zte;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.ChargingMode;
import hotline.plan.Plan;
import hotline.plan.Signalling;
import hotline.plan.TrunkGroup;
import hotline.plan.TrunkType;
import hotline.render.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as the zte-softswitch templates see it: plain maps, lists, text, numbers and booleans,
 * every value checked by {@link MmlText} for the place it goes (quoted text, digits, comment).
 */
public final class ZteViewModel {
  private ZteViewModel() {}

  /**
   * The model of all three templates.
   *
   * @param plan the plan
   * @param target the target's name, for the header
   * @param indexBase where indices start
   * @throws IllegalArgumentException when a value is unfit for MML (a plan that escaped validation)
   */
  public static Map<String, Object> of(Plan plan, String target, int indexBase) {
    ZteNumbering numbering = new ZteNumbering(plan, indexBase);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", MmlText.comment(Version.current()));
    m.put("target", MmlText.comment(target));
    m.put("sources", plan.sources().stream().map(MmlText::comment).toList());
    m.put("requestIds", plan.activations().stream().map(a -> MmlText.quoted(a.id())).toList());
    m.put("indexBase", indexBase);
    List<Map<String, Object>> requests = new ArrayList<>();
    for (Activation a : plan.activations()) {
      requests.add(request(a, numbering));
    }
    m.put("requests", requests);
    return m;
  }

  private static Map<String, Object> request(Activation a, ZteNumbering numbering) {
    Map<String, Object> r = new LinkedHashMap<>();
    var area = a.network().area();
    r.put("id", MmlText.quoted(a.id()));
    r.put("source", MmlText.comment(a.source().toString()));
    r.put("service", MmlText.digits(a.service().digits()));
    r.put("serviceZh", MmlText.comment(a.service().nameZh()));
    r.put("serviceEn", MmlText.comment(a.service().nameEn()));
    r.put("length", a.numberChange().matchLength());
    r.put("areaCode", MmlText.digits(area.code().digits()));
    r.put("provinceZh", MmlText.comment(area.provinceZh()));
    r.put("cityZh", MmlText.comment(area.cityZh()));
    r.put("provinceEn", MmlText.comment(area.provinceEn()));
    r.put("cityEn", MmlText.comment(area.cityEn()));
    r.put("operator", MmlText.comment(a.network().operator().nameEn() + (a.network().operatorDerived() ? ", derived from the province" : "")));
    r.put("name", MmlText.quoted(a.service().digits() + "-" + a.id()));
    r.put("index", numbering.index(a));
    r.put("entrance", numbering.entrance(a));
    PhoneNumber pilot = a.huntGroup().pilot();
    r.put("bound", MmlText.comment(pilot.display()));
    r.put("boundDigits", MmlText.digits(pilot.national()));
    r.put("boundArea", MmlText.digits(pilot.area().digits()));
    r.put("remoteSeats", a.remoteSeats());
    r.put("pilotPui", pui(pilot));
    r.put("hunts", a.huntGroup().hunts());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (PhoneNumber line : a.huntGroup().lines()) {
      lines.add(Map.of("display", MmlText.comment(line.display()), "pui", pui(line)));
    }
    r.put("lines", lines);
    r.put("noAnswerSeconds", a.noAnswerSeconds());
    trunk(a.trunk(), r);
    charging(a.charging(), r);
    return r;
  }

  /** The IMS public identity of a fixed-line number, {@code tel:+862083333333} (seen form). */
  private static String pui(PhoneNumber n) {
    return MmlText.quoted("tel:+86" + MmlText.digits(n.national().substring(1)));
  }

  private static void trunk(TrunkGroup t, Map<String, Object> r) {
    boolean digital = t.type() == TrunkType.DIGITAL;
    r.put("digital", digital);
    r.put("channels", t.channels());
    r.put("trunkCount", t.count());
    r.put("trunkZh", MmlText.comment(t.type().nameZh()));
    if (digital) {
      Signalling s = t.signalling().orElseThrow();
      r.put("signalling", s.id());
      r.put("sip", s == Signalling.SIP);
      // LINE="SIP" is seen on ADD TG RTP; the TDM values are guesses, flagged in the template
      r.put("line", switch (s) {
        case SIP -> "SIP";
        case ISUP -> "ISUP";
        case PRI -> "DSS1";
      });
      r.put("trunk", MmlText.comment("digital, " + t.count() + " E1 with " + s.id().toUpperCase(java.util.Locale.ROOT) + " signalling, " + t.channels() + " channels"));
    } else {
      r.put("sip", false);
      r.put("trunk", MmlText.comment("analog, " + t.count() + " line" + (t.count() == 1 ? "" : "s") + ", one call each"));
    }
  }

  private static void charging(ChargingMode c, Map<String, Object> r) {
    r.put("charging", MmlText.comment(c.id() + ": " + c.nameZh() + " / " + c.nameEn()));
    r.put("chargCategory", c.callerPays() ? "NORMAL" : "FREE");
    r.put("calledPays", c == ChargingMode.CALLED_PAYS);
  }
}
