package hotline.sip;

import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Which behaviour each line applies to its next INVITE: a one-shot queue per line first, then the
 * line's permanent behaviour, then the default. Thread-safe.
 */
final class LineBehaviours {

  private volatile LineBehaviour fallback = LineBehaviour.answer();
  private final Map<String, LineBehaviour> permanent = new ConcurrentHashMap<>();
  private final Map<String, Queue<LineBehaviour>> nextCalls = new ConcurrentHashMap<>();

  void setDefault(LineBehaviour behaviour) {
    fallback = Objects.requireNonNull(behaviour, "behaviour");
  }

  void setPermanent(String line, LineBehaviour behaviour) {
    permanent.put(line, Objects.requireNonNull(behaviour, "behaviour"));
  }

  void addNextCall(String line, LineBehaviour behaviour) {
    nextCalls
        .computeIfAbsent(line, l -> new ConcurrentLinkedQueue<>())
        .add(Objects.requireNonNull(behaviour, "behaviour"));
  }

  void clearNextCalls(String line) {
    nextCalls.remove(line);
  }

  /** The behaviour for an INVITE arriving now at {@code line}; consumes a one-shot behaviour. */
  LineBehaviour take(String line) {
    Queue<LineBehaviour> oneShot = nextCalls.get(line);
    LineBehaviour next = oneShot == null ? null : oneShot.poll();
    if (next != null) {
      return next;
    }
    return permanent.getOrDefault(line, fallback);
  }
}
