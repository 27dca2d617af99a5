package hotline.sip;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Bounded waits on endpoint events; a wait that runs out throws and says what did not happen. */
final class Await {

  private Await() {}

  static <T> T within(
      CompletableFuture<T> event, Duration timeout, Supplier<String> whatDidNotHappen) {
    try {
      return event.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new AwaitTimeoutException(whatDidNotHappen.get() + " within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting: " + whatDidNotHappen.get(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
