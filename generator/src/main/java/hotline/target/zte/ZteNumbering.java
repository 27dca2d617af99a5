package hotline.target.zte;

import hotline.plan.Activation;
import hotline.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a ZTE script uses, from the index base, deterministic in input order.
 *
 * <p>Each request gets one index, {@code base + position}, for every object it adds: adjacent
 * office, trunk group, route, route set, route chain, number change, hunt group and CAC profile
 * (the seen operator scripts number trunk group, route, route set and chain alike; the kinds are
 * separate tables, so one number per request cannot collide). The number-analysis entrance (ENTR)
 * is not added by the script: it is the entrance the callers of an area already use. hotline
 * cannot know it, so it numbers entrances {@code base + position} per distinct area, in input
 * order, and the script says loudly that the engineer must confirm it.
 */
public final class ZteNumbering {
  private final Map<String, Integer> requestIndex = new LinkedHashMap<>();
  private final Map<String, Integer> entrance = new LinkedHashMap<>();

  public ZteNumbering(Plan plan, int base) {
    List<Activation> activations = plan.activations();
    for (int i = 0; i < activations.size(); i++) {
      Activation a = activations.get(i);
      requestIndex.put(a.id(), base + i);
      entrance.putIfAbsent(a.network().area().code().digits(), base + entrance.size());
    }
  }

  /** The index of every object a request adds. */
  public int index(Activation a) {
    return requestIndex.get(a.id());
  }

  /** The number-analysis entrance assumed for the callers of the request's area. */
  public int entrance(Activation a) {
    return entrance.get(a.network().area().code().digits());
  }
}
