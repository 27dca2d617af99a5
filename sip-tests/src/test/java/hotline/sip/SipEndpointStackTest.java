package hotline.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class SipEndpointStackTest {

  private static final String LOOPBACK = "127.0.0.1";

  @Test
  void portZeroBindsAFreeEphemeralPortAndReportsIt() {
    try (SipEndpointStack stack = SipEndpointStack.open("test", LOOPBACK, 0)) {
      assertThat(stack.localAddress().host()).isEqualTo(LOOPBACK);
      assertThat(stack.localAddress().port()).isPositive();
    }
  }

  @Test
  void severalStacksCoexistWithUniqueNamesAndPorts() {
    try (SipEndpointStack first = SipEndpointStack.open("test", LOOPBACK, 0);
        SipEndpointStack second = SipEndpointStack.open("test", LOOPBACK, 0)) {
      assertThat(first.name()).isNotEqualTo(second.name());
      assertThat(first.localAddress().port()).isNotEqualTo(second.localAddress().port());
    }
  }

  @Test
  void closingReleasesThePort() throws Exception {
    int port;
    try (SipEndpointStack stack = SipEndpointStack.open("test", LOOPBACK, 0)) {
      port = stack.localAddress().port();
    }
    try (DatagramSocket rebound =
        new DatagramSocket(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port))) {
      assertThat(rebound.getLocalPort()).isEqualTo(port);
    }
    try (SipEndpointStack reopened = SipEndpointStack.open("test", LOOPBACK, port)) {
      assertThat(reopened.localAddress().port()).isEqualTo(port);
    }
  }
}
