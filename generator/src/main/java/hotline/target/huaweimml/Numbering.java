package hotline.target.huaweimml;

import hotline.number.AreaCode;
import hotline.plan.Activation;
import hotline.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a Huawei script uses, allocated deterministically in input order:
 *
 * <ul>
 *   <li>one <em>slot</em> per request, {@code indexBase + i}, used for every index the request
 *       adds (call source, office direction, sub-route, route, route selection code, trunk group,
 *       number change, charging code), so that everything of one request shares one number;
 *   <li>one DN set ({@code LP}) per local network, 0, 1, ... in order of first appearance: these
 *       pre-exist and are declared as assumptions the engineer checks;
 *   <li>E1 numbers, from {@code indexBase} on, across all requests that use E1 circuits.
 * </ul>
 */
public final class Numbering {
  /** The highest index a script may allocate: 65535 means "none" in Huawei tables. */
  public static final int MAX_INDEX = 65534;

  private final Map<String, Integer> slots = new LinkedHashMap<>();
  private final Map<AreaCode, Integer> dnSets = new LinkedHashMap<>();
  private int nextE1;

  public Numbering(Plan plan, int indexBase) {
    this.nextE1 = indexBase;
    int i = 0;
    for (Activation a : plan.activations()) {
      slots.put(a.id(), indexBase + i++);
      dnSets.putIfAbsent(a.network().area().code(), dnSets.size());
    }
  }

  /** The index every object of the request takes. */
  public int slot(Activation a) {
    return slots.get(a.id());
  }

  /** The DN set of the request's local network (pre-existing). */
  public int dnSet(Activation a) {
    return dnSets.get(a.network().area().code());
  }

  /** The next {@code count} E1 numbers. */
  public List<Integer> e1s(int count) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(nextE1++);
    }
    return out;
  }
}
