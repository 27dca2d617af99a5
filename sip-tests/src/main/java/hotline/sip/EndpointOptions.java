package hotline.sip;

/**
 * How an endpoint's JAIN-SIP stack is set up. Checks need every message captured (their ladders
 * and dispositions read the {@link MessageLog}); load runs only need the calls' outcomes and the
 * call center's arrivals, so they leave capture off and keep the JVM's cores for SIP itself.
 *
 * @param captureMessages whether the {@link MessageLog} records the datagrams on the wire
 * @param threadPoolSize JAIN-SIP's event threads (THREAD_POOL_SIZE), 1-64
 * @param receiveBufferBytes the largest datagram the stack reads whole (MAX_MESSAGE_SIZE),
 *     4,096-65,536; JAIN-SIP allocates a buffer this size for every datagram it receives, so load
 *     runs keep it small
 * @param impairment loss and delay on the endpoint's outgoing datagrams (tests), else none
 */
public record EndpointOptions(boolean captureMessages, int threadPoolSize, int receiveBufferBytes, Impairment impairment) {

  /** The largest UDP datagram JAIN-SIP reads. */
  public static final int MAX_DATAGRAM = 65_536;

  /** For checks: every message captured, eight event threads, any datagram read whole. */
  public static final EndpointOptions CHECKS = new EndpointOptions(true, 8, MAX_DATAGRAM, Impairment.NONE);

  /**
   * For load runs: nothing captured; one event thread per stack, since on a small machine more
   * threads only take turns on the cores the switch needs too (on 2 cores, one thread per stack
   * carried a quarter more calls than four); and 8 KiB datagrams: a load call's largest message
   * (an INVITE through the switch) is under 2 KiB, and a bigger one arrives cut, fails to parse and
   * shows as a failed call.
   */
  public static final EndpointOptions LOAD = new EndpointOptions(false, 1, 8_192, Impairment.NONE);

  /** These options over a lossy, slow network. */
  public EndpointOptions over(Impairment network) {
    return new EndpointOptions(captureMessages, threadPoolSize, receiveBufferBytes, network);
  }

  public EndpointOptions {
    java.util.Objects.requireNonNull(impairment, "impairment");
    if (threadPoolSize < 1 || threadPoolSize > 64) {
      throw new IllegalArgumentException(
          "expected a thread pool of 1-64 threads, but got '" + threadPoolSize + "'");
    }
    if (receiveBufferBytes < 4_096 || receiveBufferBytes > MAX_DATAGRAM) {
      throw new IllegalArgumentException(
          "expected a receive buffer of 4096-" + MAX_DATAGRAM + " bytes, but got '" + receiveBufferBytes + "'");
    }
  }
}
