package hotline.sip;

/**
 * How an endpoint's JAIN-SIP stack is set up. Checks need every message captured (their ladders
 * and dispositions read the {@link MessageLog}); load runs only need the calls' outcomes and the
 * call center's arrivals, so they leave capture off and keep the JVM's cores for SIP itself.
 *
 * @param captureMessages whether the {@link MessageLog} records the datagrams on the wire
 * @param threadPoolSize JAIN-SIP's event threads (THREAD_POOL_SIZE), 1-64
 * @param impairment loss and delay on the endpoint's outgoing datagrams (tests), else none
 */
public record EndpointOptions(boolean captureMessages, int threadPoolSize, Impairment impairment) {

  /** For checks: every message captured, eight event threads. */
  public static final EndpointOptions CHECKS = new EndpointOptions(true, 8, Impairment.NONE);

  /** For load runs: nothing captured, few event threads (less contention on small machines). */
  public static final EndpointOptions LOAD = new EndpointOptions(false, 4, Impairment.NONE);

  /** These options over a lossy, slow network. */
  public EndpointOptions over(Impairment network) {
    return new EndpointOptions(captureMessages, threadPoolSize, network);
  }

  public EndpointOptions {
    java.util.Objects.requireNonNull(impairment, "impairment");
    if (threadPoolSize < 1 || threadPoolSize > 64) {
      throw new IllegalArgumentException(
          "expected a thread pool of 1-64 threads, but got '" + threadPoolSize + "'");
    }
  }
}
