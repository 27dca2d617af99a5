package hotline.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The switch targets on the class path, found through {@link ServiceLoader}, by name. */
public final class Targets {
  private final List<Target> all;

  private Targets(List<Target> all) {
    this.all = List.copyOf(all);
  }

  /** Every registered target, in name order. */
  public static Targets installed() {
    List<Target> found = new ArrayList<>();
    ServiceLoader.load(Target.class).forEach(found::add);
    found.sort(Comparator.comparing(Target::name));
    return new Targets(found);
  }

  public List<Target> all() {
    return all;
  }

  public List<String> names() {
    return all.stream().map(Target::name).toList();
  }

  public Optional<Target> byName(String name) {
    return all.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
