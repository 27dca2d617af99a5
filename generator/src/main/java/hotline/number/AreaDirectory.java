package hotline.number;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Every fixed-line local network of mainland China (328 area codes), as {@link AreaScan} read them
 * from libphonenumber's metadata and geocoder and the build ships them in {@code areas.tsv}.
 */
public final class AreaDirectory {
  private static final AreaDirectory INSTANCE = new AreaDirectory();

  private final Map<String, Area> areas;

  private AreaDirectory() {
    this.areas = AreaTable.read();
  }

  /** The directory, built on first use. */
  public static AreaDirectory get() {
    return INSTANCE;
  }

  /** The area with this code, if it exists. */
  public Optional<Area> find(AreaCode code) {
    return Optional.ofNullable(areas.get(code.digits()));
  }

  /** The area with this code; throws when there is none (use for codes already validated). */
  public Area require(AreaCode code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("unknown area code " + code));
  }

  /** All areas in area-code order. */
  public Collection<Area> all() {
    return areas.values();
  }

  /** The area whose code starts a national number ({@code 02083333333} → 020), if any. */
  public Optional<Area> areaOf(String nationalDigits) {
    for (int len = 3; len <= 4 && len <= nationalDigits.length(); len++) {
      Area area = areas.get(nationalDigits.substring(0, len));
      if (area != null) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

}
