package hotline.plan;

import hotline.number.Area;
import hotline.number.AreaDirectory;
import hotline.number.PhoneNumber;
import hotline.number.ServiceCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the test calls that prove each activation: who calls, what they dial, and how the call
 * must end. Deterministic: the same activations give the same calls.
 */
public final class ExpectationPlanner {
  private final List<Activation> activations;
  private final Set<String> taken = new HashSet<>();

  private ExpectationPlanner(List<Activation> activations) {
    this.activations = activations;
    activations.forEach(a -> a.huntGroup().lines().forEach(l -> taken.add(l.national())));
  }

  /** The activations with their expectations. */
  public static List<Activation> plan(List<Activation> activations) {
    ExpectationPlanner planner = new ExpectationPlanner(activations);
    return activations.stream().map(a -> a.withExpectations(planner.expectations(a))).toList();
  }

  private List<CallExpectation> expectations(Activation a) {
    List<CallExpectation> out = new ArrayList<>();
    String code = a.service().digits();
    PhoneNumber pilot = a.huntGroup().pilot();
    List<PhoneNumber> callers = callers(a.network().area(), 2);
    PhoneNumber caller = callers.get(0);
    for (PhoneNumber c : callers) {
      out.add(new CallExpectation(Check.ROUTE, "local caller " + c.display(), c, code, Outcome.answeredAt(pilot)));
    }
    neighbour(a).ifPresent(
        b -> out.add(
            new CallExpectation(
                Check.ORIGIN,
                "caller of " + b.network().area().code() + " (" + b.id() + ") reaches its own number, not " + a.id() + "'s",
                callers(b.network().area(), 1).get(0),
                code,
                Outcome.answeredAt(b.huntGroup().pilot()))));
    unserved(a).ifPresent(
        area -> out.add(
            new CallExpectation(
                Check.ORIGIN,
                "caller of " + area.code() + ", which has no activation",
                callers(area, 1).get(0),
                code,
                Outcome.rejected(Outcome.NOT_ROUTED))));
    for (String wrong : wrongNumbers(a)) {
      out.add(new CallExpectation(Check.EXACT_NUMBER, "dialled " + wrong, caller, wrong, Outcome.rejected(Outcome.NOT_ROUTED)));
    }
    if (a.huntGroup().hunts()) {
      PhoneNumber second = a.huntGroup().lines().get(1);
      out.add(new CallExpectation(Check.HUNTING, "pilot busy", caller, code, Outcome.answeredAt(second)));
      out.add(new CallExpectation(Check.HUNTING, "pilot does not answer", caller, code, Outcome.answeredAt(second)));
    }
    out.add(new CallExpectation(Check.HUNTING, "every line busy", caller, code, Outcome.rejected(Outcome.ALL_LINES_BUSY)));
    out.add(new CallExpectation(Check.CAPACITY, "every channel in use, one call more", caller, code, Outcome.rejected(Outcome.TRUNK_FULL)));
    out.add(new CallExpectation(Check.CAPACITY, "a channel freed, a new call", caller, code, Outcome.answeredAt(pilot)));
    out.add(new CallExpectation(Check.CHARGING, "call recorded as " + a.charging().id(), caller, code, Outcome.answeredAt(pilot)));
    out.add(new CallExpectation(Check.ROLLBACK, "after rollback", caller, code, Outcome.rejected(Outcome.NOT_ROUTED)));
    out.add(new CallExpectation(Check.ROLLBACK, "after activate again", caller, code, Outcome.answeredAt(pilot)));
    return out;
  }

  /** The next activation of the same service in the plan, in a ring, if there is another. */
  private Optional<Activation> neighbour(Activation a) {
    List<Activation> same = activations.stream().filter(b -> b.service().equals(a.service())).toList();
    if (same.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(same.get((same.indexOf(a) + 1) % same.size()));
  }

  /** The first area after this one (in code order, in a ring) with no activation of the service. */
  private Optional<Area> unserved(Activation a) {
    Set<String> served = new HashSet<>();
    activations.stream().filter(b -> b.service().equals(a.service())).forEach(b -> served.add(b.network().area().code().digits()));
    List<Area> all = List.copyOf(AreaDirectory.get().all());
    int start = all.indexOf(a.network().area());
    for (int i = 1; i < all.size(); i++) {
      Area area = all.get((start + i) % all.size());
      if (!served.contains(area.code().digits())) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  /** One digit short, one digit more, and another service code not activated in the area. */
  private List<String> wrongNumbers(Activation a) {
    String code = a.service().digits();
    Set<String> activatedHere = new HashSet<>();
    activations.stream()
        .filter(b -> b.network().area().equals(a.network().area()))
        .forEach(b -> activatedHere.add(b.service().digits()));
    ServiceCode other = a.service().another();
    while (activatedHere.contains(other.digits())) {
      other = other.another();
    }
    return List.of(code.substring(0, code.length() - 1), code + "1", other.digits());
  }

  /** Ordinary numbers of an area that are no line of any activation: 2000001, 2000002, ... */
  private List<PhoneNumber> callers(Area area, int n) {
    List<PhoneNumber> found = new ArrayList<>();
    int length = area.localLengths().get(0);
    for (char first = '2'; first <= '8' && found.size() < n; first++) {
      for (int k = 1; k <= 9 && found.size() < n; k++) {
        String local = first + "0".repeat(length - 2) + k;
        if (taken.contains(area.code().digits() + local)) {
          continue;
        }
        try {
          found.add(PhoneNumber.parse(area.code().digits() + local));
        } catch (IllegalArgumentException e) {
          break; // this first digit is not used in the area; try the next one
        }
      }
    }
    if (found.size() < n) {
      throw new IllegalStateException("no ordinary caller numbers found for area " + area.code());
    }
    return found;
  }
}
