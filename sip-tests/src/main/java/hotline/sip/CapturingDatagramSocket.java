package hotline.sip;

import hotline.sip.LoggedMessage.Direction;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A UDP socket that copies every datagram into a {@link MessageLog}: sent ones just before they
 * leave, received ones as they arrive. Capturing here, not in the SIP stack's logging hooks, gives
 * the exact wire text and a causal order: a request is logged before its response can come back.
 */
final class CapturingDatagramSocket extends DatagramSocket {

  /** Sends the datagrams an {@link Impairment} delays; one daemon thread for all sockets. */
  private static final ScheduledExecutorService LATE =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hotline-impaired-send");
            t.setDaemon(true);
            return t;
          });

  private final MessageLog log;
  private final Supplier<Impairment> impairment;
  private final CountDownLatch receiving = new CountDownLatch(1);

  CapturingDatagramSocket(InetSocketAddress bindAddress, MessageLog log, Supplier<Impairment> impairment) throws SocketException {
    super(bindAddress);
    this.log = log;
    this.impairment = impairment;
  }

  @Override
  public void send(DatagramPacket packet) throws IOException {
    if (log.isCapturing()) {
      log.record(
          Direction.SENT,
          local(),
          address((InetSocketAddress) packet.getSocketAddress()),
          text(packet));
    }
    Impairment network = impairment.get();
    if (network.isNone()) {
      super.send(packet);
    } else if (!network.drops()) {
      DatagramPacket copy =
          new DatagramPacket(
              java.util.Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength()),
              packet.getLength(),
              packet.getSocketAddress());
      LATE.schedule(() -> sendLate(copy), network.delay().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private void sendLate(DatagramPacket packet) {
    try {
      super.send(packet);
    } catch (IOException e) {
      // the socket closed meanwhile: the datagram is lost, as on a real network
    }
  }

  /**
   * Waits until a thread blocks in {@link #receive}: for JAIN-SIP's listening socket, proof that
   * its UDP thread has finished starting up.
   *
   * @return whether that happened within {@code timeout}
   */
  boolean awaitReceiving(Duration timeout) throws InterruptedException {
    return receiving.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void receive(DatagramPacket packet) throws IOException {
    receiving.countDown();
    super.receive(packet);
    if (log.isCapturing()) {
      log.record(
          Direction.RECEIVED,
          address((InetSocketAddress) packet.getSocketAddress()),
          local(),
          text(packet));
    }
  }

  private SipAddress local() {
    return address((InetSocketAddress) getLocalSocketAddress());
  }

  private static SipAddress address(InetSocketAddress socketAddress) {
    return new SipAddress(socketAddress.getAddress().getHostAddress(), socketAddress.getPort());
  }

  private static String text(DatagramPacket packet) {
    return new String(
        packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8);
  }
}
