package hotline.plan;

import java.util.Arrays;
import java.util.Optional;

/** Trunk mode (中继方式): how the call center hangs on the switch. */
public enum TrunkType {
  /** Analog subscriber lines (模拟中继), one call each, hunted under the pilot. */
  ANALOG("analog", "模拟中继", 1, 120),
  /** E1 digital trunks (数字中继), 30 voice channels each. */
  DIGITAL("digital", "数字中继", 1, 63);

  /** Voice channels of one E1 (32 timeslots less TS0 framing and TS16 signalling). */
  public static final int CHANNELS_PER_E1 = 30;

  private final String id;
  private final String nameZh;
  private final int minCount;
  private final int maxCount;

  TrunkType(String id, String nameZh, int minCount, int maxCount) {
    this.id = id;
    this.nameZh = nameZh;
    this.minCount = minCount;
    this.maxCount = maxCount;
  }

  public String id() {
    return id;
  }

  public String nameZh() {
    return nameZh;
  }

  public int minCount() {
    return minCount;
  }

  public int maxCount() {
    return maxCount;
  }

  /** Simultaneous calls that {@code count} trunks carry. */
  public int channels(int count) {
    return this == ANALOG ? count : count * CHANNELS_PER_E1;
  }

  public static Optional<TrunkType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }
}
