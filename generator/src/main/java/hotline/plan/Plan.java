package hotline.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The vendor-neutral activation plan derived from valid request files: every target renders from
 * it and every check runs from it. Immutable; activations in input order.
 *
 * @param sources the request files, as named by the user
 * @param activations one per request, ids unique
 */
public record Plan(List<String> sources, List<Activation> activations) {
  public Plan {
    sources = List.copyOf(sources);
    activations = List.copyOf(activations);
    Set<String> ids = new HashSet<>();
    for (Activation a : activations) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate request id " + a.id());
      }
    }
  }

  /** The activation with this id. */
  public Optional<Activation> activation(String id) {
    return activations.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** This plan with every trunk ending at one gateway (the harness's call center). */
  public Plan withGateway(SipUri gateway) {
    return new Plan(sources, activations.stream().map(a -> a.withGateway(gateway)).toList());
  }
}
