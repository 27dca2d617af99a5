package hotline.number;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The basic operator whose local network carries the service in an area. */
public enum Operator {
  CHINA_TELECOM("china-telecom", "中国电信", "China Telecom"),
  CHINA_UNICOM("china-unicom", "中国联通", "China Unicom"),
  CHINA_MOBILE("china-mobile", "中国移动", "China Mobile");

  /**
   * The ten northern provinces that interconnect through China Netcom, today China Unicom; the
   * other 21 through China Telecom (the activation notice's advice). English names as the
   * geocoder writes them.
   */
  private static final Set<String> NORTHERN =
      Set.of(
          "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin",
          "Heilongjiang", "Henan", "Shandong");

  private final String id;
  private final String nameZh;
  private final String nameEn;

  Operator(String id, String nameZh, String nameEn) {
    this.id = id;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The name used in request files: {@code china-telecom}. */
  public String id() {
    return id;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The operator by its request-file name. */
  public static Optional<Operator> byId(String id) {
    return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
  }

  /** The operator advised for an area: China Unicom in the northern ten, else China Telecom. */
  public static Operator advisedFor(Area area) {
    return NORTHERN.contains(area.provinceEn()) ? CHINA_UNICOM : CHINA_TELECOM;
  }

  /** Whether an area lies in one of the ten northern provinces. */
  public static boolean isNorthern(Area area) {
    return NORTHERN.contains(area.provinceEn());
  }
}
