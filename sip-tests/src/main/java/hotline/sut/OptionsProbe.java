package hotline.sut;

import hotline.sip.SipAddress;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Asks a switch "are you there?" with SIP OPTIONS over UDP until it answers 200, or the deadline
 * passes. Each OPTIONS waits for its answer with a socket timeout: no sleeping.
 */
public final class OptionsProbe {
  private static final Duration RETRY = Duration.ofMillis(200);

  private OptionsProbe() {}

  /**
   * Waits for a 200 to OPTIONS.
   *
   * @param stillRunning checked between tries; when it turns false, waiting stops at once
   * @throws SwitchException saying what did not happen: no answer in time, or a non-200 answer,
   *     or the process gone
   */
  public static void await(SipAddress target, Duration timeout, BooleanSupplier stillRunning) throws SwitchException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastAnswer = "no answer";
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(localFor(target.host())), 0))) {
      InetSocketAddress to = new InetSocketAddress(InetAddress.getByName(target.host()), target.port());
      byte[] buffer = new byte[65535];
      while (System.nanoTime() < deadline) {
        if (!stillRunning.getAsBoolean()) {
          throw new SwitchException("the switch process ended before it answered SIP OPTIONS at " + target);
        }
        byte[] request = options(target, socket.getLocalPort()).getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(request, request.length, to));
        socket.setSoTimeout((int) RETRY.toMillis());
        try {
          DatagramPacket p = new DatagramPacket(buffer, buffer.length);
          socket.receive(p);
          String answer = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
          String status = answer.lines().findFirst().orElse("");
          if (status.startsWith("SIP/2.0 200")) {
            return;
          }
          lastAnswer = "'" + printable(status) + "'";
        } catch (SocketTimeoutException | java.net.PortUnreachableException e) {
          // not up yet; ask again
        }
      }
    } catch (IOException e) {
      throw new SwitchException("could not send SIP OPTIONS to " + target + ": " + e.getMessage(), e);
    }
    throw new SwitchException("the switch at " + target + " did not answer SIP OPTIONS with 200 within " + timeout.toMillis() + " ms (" + lastAnswer + ")");
  }

  /** An answer's first line fit for a terminal: control characters escaped, at most 80 characters. */
  static String printable(String line) {
    StringBuilder b = new StringBuilder();
    line.codePoints().limit(80).forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static String localFor(String host) {
    return host.startsWith("127.") || host.equals("localhost") ? "127.0.0.1" : "0.0.0.0";
  }

  private static String options(SipAddress target, int localPort) {
    String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
    String local = localFor(target.host()).equals("0.0.0.0") ? "0.0.0.0" : "127.0.0.1";
    return "OPTIONS sip:" + target + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP " + local + ":" + localPort + ";branch=" + branch + ";rport\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:hotline-probe@" + local + ">;tag=" + branch.substring(7, 17) + "\r\n"
        + "To: <sip:" + target + ">\r\n"
        + "Call-ID: " + UUID.randomUUID() + "@hotline\r\n"
        + "CSeq: 1 OPTIONS\r\n"
        + "Content-Length: 0\r\n\r\n";
  }
}
