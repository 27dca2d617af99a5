package hotline.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A test-only SIP peer speaking raw text over UDP, to send what the endpoints' own classes never
 * would (a switch hunting with the same Call-ID, a bare OPTIONS) and to see exactly what comes
 * back.
 */
final class RawSipPeer implements AutoCloseable {

  private final DatagramSocket socket;

  private RawSipPeer(DatagramSocket socket) {
    this.socket = socket;
  }

  static RawSipPeer open() throws IOException {
    return new RawSipPeer(
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
  }

  int port() {
    return socket.getLocalPort();
  }

  void send(SipAddress to, String message) throws IOException {
    byte[] bytes = message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    socket.send(
        new DatagramPacket(bytes, bytes.length, InetAddress.getByName(to.host()), to.port()));
  }

  /** The next message matching {@code wanted}, skipping others; throws when none comes in time. */
  String receive(Duration timeout, Predicate<String> wanted, String description)
      throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> skipped = new ArrayList<>();
    byte[] buffer = new byte[65_535];
    while (true) {
      long leftMs = (deadline - System.nanoTime()) / 1_000_000;
      if (leftMs <= 0) {
        throw new AwaitTimeoutException(
            "no " + description + " within " + timeout + "; skipped " + firstLines(skipped));
      }
      socket.setSoTimeout((int) leftMs);
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        continue;
      }
      String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      if (wanted.test(message)) {
        return message;
      }
      skipped.add(message);
    }
  }

  /** The value of the first header {@code name} in {@code message}. */
  static String header(String message, String name) {
    return message
        .lines()
        .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .map(line -> line.substring(name.length() + 1).trim())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " header in:\n" + message));
  }

  /** The tag parameter of the To header of {@code message}. */
  static String toTag(String message) {
    String to = header(message, "To");
    return to.substring(to.indexOf(";tag=") + ";tag=".length()).split(";")[0];
  }

  private static List<String> firstLines(List<String> messages) {
    return messages.stream().map(message -> message.lines().findFirst().orElse("")).toList();
  }

  @Override
  public void close() {
    socket.close();
  }
}
