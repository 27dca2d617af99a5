package hotline.load;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import hotline.plan.Plan;
import hotline.sipp.SippCall;
import hotline.sipp.SippRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who calls during a load run: per activated area, the callers of the plan's route expectations
 * (local callers dialling the service code), each with the line that must answer. The rate is
 * spread evenly over the areas.
 *
 * @param areas one per activation with route expectations, in plan order
 */
public record LoadMix(List<SippRunner.Area> areas) {
  public LoadMix {
    areas = List.copyOf(areas);
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("expected at least one activated area with callers, but the plan has none");
    }
    Map<String, String> lineByCaller = new HashMap<>();
    for (SippRunner.Area a : areas) {
      for (SippCall c : a.calls()) {
        String before = lineByCaller.putIfAbsent(c.caller(), c.expectedLineOrNone());
        if (before != null && !before.equals(c.expectedLineOrNone())) {
          throw new IllegalArgumentException("expected one line per caller, but " + c.caller() + " must reach both " + before + " and " + c.expectedLineOrNone());
        }
      }
    }
  }

  /** The mix of a plan. */
  public static LoadMix of(Plan plan) {
    List<SippRunner.Area> areas = new ArrayList<>();
    for (Activation a : plan.activations()) {
      List<SippCall> calls = new ArrayList<>();
      for (CallExpectation e : a.expectations(Check.ROUTE)) {
        Optional<String> line = e.outcome().line().map(PhoneNumber::national);
        if (line.isPresent()) {
          calls.add(new SippCall(e.caller().national(), e.dialled(), line));
        }
      }
      if (!calls.isEmpty()) {
        areas.add(new SippRunner.Area(a.id(), calls));
      }
    }
    return new LoadMix(areas);
  }

  /** Every call of every area (what the call center must expect). */
  public List<SippCall> allCalls() {
    return areas.stream().flatMap(a -> a.calls().stream()).toList();
  }

  /** The line each caller must reach. */
  public Map<String, String> lineByCaller() {
    Map<String, String> m = new HashMap<>();
    allCalls().forEach(c -> m.put(c.caller(), c.expectedLineOrNone()));
    return m;
  }
}
