package hotline.target.huaweimml;

import hotline.number.Area;
import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.ChargingMode;
import hotline.plan.TrunkGroup;
import hotline.plan.TrunkType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of a request's template model that both Huawei targets share: the section banner's
 * text, the indices, the called-number analysis, the number change and the charging selection.
 * Every value is already written as MML ({@code K'12333}, {@code "guangzhou-12333"}) or checked
 * comment text; the targets add their trunk.
 */
public final class RequestView {
  /** The charging selection code that means "not charged" [doc: C&C08 CNACLD]. */
  public static final int NOT_CHARGED = 65535;

  /** The route selection source code assumed for ordinary subscribers [guess: value]. */
  static final int SUBSCRIBER_RSSC = 0;

  /** The charging selection code assumed for an ordinary local call [guess: value]. */
  static final int LOCAL_CHSC = 0;

  private RequestView() {}

  /**
   * The shared model of one request; declares the pre-existing DN set, subscriber source code and
   * local charging code it uses.
   *
   * @throws IllegalArgumentException when a value cannot be written safely
   */
  public static Map<String, Object> common(Activation a, Numbering numbering, Assumptions assumptions) {
    Map<String, Object> v = new LinkedHashMap<>();
    Area area = a.network().area();
    int n = numbering.slot(a);
    int lp = numbering.dnSet(a);
    PhoneNumber bound = a.numberChange().boundNumber();
    v.put("id", a.id());
    v.put("source", MmlText.comment(a.source().toString()));
    v.put("areaLine", MmlText.comment(area.code().digits() + " " + area.provinceZh() + " " + area.cityZh() + " / " + area.cityEn() + ", " + area.provinceEn()));
    v.put("operatorLine", MmlText.comment(a.network().operator().nameEn() + " " + a.network().operator().nameZh()
        + (a.network().operatorDerived() ? " (derived from the province)" : " (named in the request)")));
    v.put("serviceLine", MmlText.comment(a.service().digits() + " " + a.service().nameZh() + " / " + a.service().nameEn()));
    v.put("bound", bound.display());
    v.put("lines", a.huntGroup().lines().stream().map(PhoneNumber::display).toList());
    v.put("huntLine", MmlText.comment(huntLine(a)));
    v.put("noAnswer", a.noAnswerSeconds());
    v.put("trunkLine", MmlText.comment(trunkLine(a.trunk())));
    v.put("channels", a.trunk().channels());
    v.put("chargingLine", MmlText.comment(a.charging().id() + ": " + a.charging().nameZh() + " / " + a.charging().nameEn()));
    v.put("n", n);
    v.put("name", MmlText.quoted(a.id() + "-" + a.service().digits()));
    v.put("lp", lp);
    v.put("rssc", SUBSCRIBER_RSSC);
    v.put("pfx", MmlText.digits(a.service().digits()));
    v.put("len", a.numberChange().matchLength());
    v.put("csa", "LC");
    String dialled = remote(a) ? bound.national() : bound.local();
    v.put("nd", MmlText.digits(dialled));
    v.put("ndText", dialled + (remote(a)
        ? ", the bound number in national format: the call center lies in another local network (remote seats), so this leg is a toll call"
        : ", the bound number as a local number"));
    assumptions.add("DNSET", "LP=" + lp, "DN set (local numbering plan) of the callers of " + area.code().digits() + " " + area.cityZh() + " " + area.cityEn()
        + ". [guess: value] Set it to your switch's DN set of that network (LST CALLSRC shows the DN set of each call source)");
    assumptions.add("RSSC", "RSSC=" + SUBSCRIBER_RSSC, "route selection source code of ordinary subscribers' call sources. [guess: value] Check with LST CALLSRC");
    charging(a.charging(), n, v, assumptions);
    return v;
  }

  /** Whether the bound number lies in another local network than the callers' (remote seats). */
  public static boolean remote(Activation a) {
    return !a.numberChange().boundNumber().area().equals(a.network().area().code());
  }

  private static void charging(ChargingMode mode, int n, Map<String, Object> v, Assumptions assumptions) {
    switch (mode) {
      case CALLER_LOCAL -> {
        v.put("chsc", LOCAL_CHSC);
        v.put("chgana", false);
        v.put("chscText", "CHSC=" + LOCAL_CHSC + ": the caller is charged an ordinary local call");
        declareLocalCharging(assumptions);
      }
      case FREE -> {
        v.put("chsc", NOT_CHARGED);
        v.put("chgana", false);
        v.put("chscText", "CHSC=" + NOT_CHARGED + ": not charged");
      }
      case CALLED_PAYS -> {
        v.put("chsc", n);
        v.put("chgana", true);
        v.put("chgBase", LOCAL_CHSC);
        v.put("chscText", "CHSC=" + n + ": charging analysis " + n + " charges the call center instead of the caller");
        declareLocalCharging(assumptions);
      }
      default -> throw new IllegalStateException("unknown charging mode " + mode);
    }
  }

  private static void declareLocalCharging(Assumptions assumptions) {
    assumptions.add("CHSC", "CHSC=" + LOCAL_CHSC, "charging selection code of an ordinary local call. [guess: value] Check with LST CNACLD on a local prefix of the same DN set");
  }

  private static String huntLine(Activation a) {
    List<PhoneNumber> lines = a.huntGroup().lines();
    if (!a.huntGroup().hunts()) {
      return lines.get(0).display() + " (pilot, no other line)";
    }
    return lines.get(0).display() + " (pilot) -> " + lines.stream().skip(1).map(PhoneNumber::display).collect(Collectors.joining(" -> "))
        + ", next line after " + a.noAnswerSeconds() + " s without answer";
  }

  private static String trunkLine(TrunkGroup t) {
    if (t.type() == TrunkType.ANALOG) {
      return "analog, " + t.count() + (t.count() == 1 ? " line" : " lines");
    }
    return "digital, " + t.count() + " E1 (" + t.channels() + " channels), " + t.signalling().orElseThrow().id().toUpperCase(java.util.Locale.ROOT) + " signalling";
  }
}
