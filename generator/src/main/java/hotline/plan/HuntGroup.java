package hotline.plan;

import hotline.number.PhoneNumber;
import java.util.HashSet;
import java.util.List;

/**
 * The call center's hunt group (联选): the pilot (the bound number) first, then the other lines in
 * hunt order.
 *
 * @param lines every line, the pilot first; no repeats
 */
public record HuntGroup(List<PhoneNumber> lines) {
  public HuntGroup {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a hunt group has at least its pilot");
    }
    if (new HashSet<>(lines).size() != lines.size()) {
      throw new IllegalArgumentException("hunt group lines repeat: " + lines);
    }
  }

  /** The pilot (引示号): the bound number. */
  public PhoneNumber pilot() {
    return lines.get(0);
  }

  /** Whether the group hunts at all (more than the pilot). */
  public boolean hunts() {
    return lines.size() > 1;
  }
}
