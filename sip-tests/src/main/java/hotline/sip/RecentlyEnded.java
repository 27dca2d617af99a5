package hotline.sip;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * The dialogs that ended within the last {@link #LINGER}, by key: lets an endpoint that answers
 * BYE without a transaction answer a retransmitted BYE (its 200 was lost) with 200 again, as the
 * transaction would have, while holding nothing but the key. Thread-safe; expired keys are dropped
 * as new ones come, oldest first.
 */
final class RecentlyEnded {

  /** 64*T1: how long RFC 3261 lets a non-INVITE request be retransmitted (Timer J). */
  static final Duration LINGER = Duration.ofSeconds(32);

  private record Ended(String key, long atNanos) {}

  private final Map<String, Long> endedAt = new ConcurrentHashMap<>();
  private final Queue<Ended> inOrder = new ConcurrentLinkedQueue<>();
  private final LongSupplier clock;

  RecentlyEnded() {
    this(System::nanoTime);
  }

  RecentlyEnded(LongSupplier nanoClock) {
    this.clock = nanoClock;
  }

  /** Remembers that the dialog {@code key} ended now. */
  void add(String key) {
    long now = clock.getAsLong();
    expire(now);
    endedAt.put(key, now);
    inOrder.add(new Ended(key, now));
  }

  /** Whether the dialog {@code key} ended within the linger time. */
  boolean contains(String key) {
    Long at = endedAt.get(key);
    return at != null && clock.getAsLong() - at < LINGER.toNanos();
  }

  /** How many keys are held. */
  int size() {
    return endedAt.size();
  }

  private void expire(long now) {
    Ended oldest;
    while ((oldest = inOrder.peek()) != null && now - oldest.atNanos() >= LINGER.toNanos()) {
      if (inOrder.remove(oldest)) {
        endedAt.remove(oldest.key(), oldest.atNanos());
      }
    }
  }
}
