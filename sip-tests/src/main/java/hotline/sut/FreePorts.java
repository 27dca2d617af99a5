package hotline.sut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Ephemeral ports for processes the harness starts and cannot ask to pick their own. */
public final class FreePorts {
  private FreePorts() {}

  /** A UDP port free on the host right now (the kernel's choice of an ephemeral port). */
  public static int udp(String host) {
    try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), 0))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free UDP port on " + host, e);
    }
  }
}
