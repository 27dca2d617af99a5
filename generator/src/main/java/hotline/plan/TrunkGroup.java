package hotline.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * The trunk group toward the call center.
 *
 * @param type analog lines or E1s
 * @param count lines (analog) or E1s (digital)
 * @param signalling for digital trunks only
 * @param gateway where the trunk ends for SIP-based targets, when the request gives it
 */
public record TrunkGroup(TrunkType type, int count, Optional<Signalling> signalling, Optional<SipUri> gateway) {
  public TrunkGroup {
    Objects.requireNonNull(type, "type");
    if (count < type.minCount() || count > type.maxCount()) {
      throw new IllegalArgumentException("count " + count + " out of range for " + type.id());
    }
    Objects.requireNonNull(signalling, "signalling");
    Objects.requireNonNull(gateway, "gateway");
    if (type == TrunkType.ANALOG && signalling.isPresent()) {
      throw new IllegalArgumentException("an analog trunk has no signalling");
    }
    if (type == TrunkType.DIGITAL && signalling.isEmpty()) {
      throw new IllegalArgumentException("a digital trunk has a signalling");
    }
  }

  /** Simultaneous calls the trunk carries: lines, or E1s × 30. */
  public int channels() {
    return type.channels(count);
  }

  /** In words: "analog, 3 lines" or "digital, 2 E1 × 30 channels, ISUP signalling". */
  public String describe() {
    if (type == TrunkType.ANALOG) {
      return "analog, " + count + (count == 1 ? " line" : " lines");
    }
    return "digital, " + count + " E1 × " + TrunkType.CHANNELS_PER_E1 + " channels, "
        + signalling.map(s -> s.id().toUpperCase(java.util.Locale.ROOT)).orElse("") + " signalling";
  }

  /** This trunk group with another gateway (the harness points trunks at its call center). */
  public TrunkGroup withGateway(SipUri newGateway) {
    return new TrunkGroup(type, count, signalling, Optional.of(newGateway));
  }
}
