package hotline.plan;

import java.util.Arrays;
import java.util.Optional;

/** How calls to the service are charged (计费方式). */
public enum ChargingMode {
  /** The caller pays an ordinary local call, no information fee (most 123xx numbers). */
  CALLER_LOCAL("caller-local", "主叫付费（按本地通话计费）", "caller pays a local call"),
  /** The called party (the call center) pays; free to the caller. */
  CALLED_PAYS("called-pays", "被叫付费", "the call center pays"),
  /** Free to the caller and not charged to the call center (like 110/119/120). */
  FREE("free", "免费", "free of charge");

  private final String id;
  private final String nameZh;
  private final String nameEn;

  ChargingMode(String id, String nameZh, String nameEn) {
    this.id = id;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The request-file and CDR name: {@code caller-local}. */
  public String id() {
    return id;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** Whether the caller is charged at all. */
  public boolean callerPays() {
    return this == CALLER_LOCAL;
  }

  public static Optional<ChargingMode> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
