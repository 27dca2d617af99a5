package hotline.faults;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Something that is not a SIP switch holding a loopback UDP port: it swallows every datagram, or
 * answers each with a fixed reply (garbage, or a SIP error).
 */
final class NotSipListener implements AutoCloseable {
  private final DatagramSocket socket;
  private final Thread loop;

  private NotSipListener(DatagramSocket socket, Optional<String> reply) {
    this.socket = socket;
    this.loop = new Thread(() -> serve(reply), "not-sip-" + socket.getLocalPort());
    this.loop.setDaemon(true);
  }

  /** Reads and drops everything. */
  static NotSipListener swallowing() throws SocketException {
    return start(Optional.empty());
  }

  /** Answers every datagram with {@code reply}. */
  static NotSipListener answering(String reply) throws SocketException {
    return start(Optional.of(reply));
  }

  private static NotSipListener start(Optional<String> reply) throws SocketException {
    NotSipListener l = new NotSipListener(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), reply);
    l.loop.start();
    return l;
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve(Optional<String> reply) {
    byte[] buffer = new byte[65_535];
    while (!socket.isClosed()) {
      try {
        DatagramPacket p = new DatagramPacket(buffer, buffer.length);
        socket.receive(p);
        if (reply.isPresent()) {
          byte[] bytes = reply.get().getBytes(StandardCharsets.UTF_8);
          socket.send(new DatagramPacket(bytes, bytes.length, p.getSocketAddress()));
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    loop.join(2000);
  }
}
