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
import java.util.concurrent.TimeUnit;

/**
 * A UDP socket that copies every datagram into a {@link MessageLog}: sent ones just before they
 * leave, received ones as they arrive. Capturing here, not in the SIP stack's logging hooks, gives
 * the exact wire text and a causal order: a request is logged before its response can come back.
 */
final class CapturingDatagramSocket extends DatagramSocket {

  private final MessageLog log;
  private final CountDownLatch receiving = new CountDownLatch(1);

  CapturingDatagramSocket(InetSocketAddress bindAddress, MessageLog log) throws SocketException {
    super(bindAddress);
    this.log = log;
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
    super.send(packet);
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
