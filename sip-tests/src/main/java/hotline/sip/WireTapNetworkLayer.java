package hotline.sip;

import gov.nist.core.net.DefaultNetworkLayer;
import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * JAIN-SIP's socket factory ({@code gov.nist.javax.sip.NETWORK_LAYER}) for one stack: UDP sockets
 * capture every datagram into this stack's {@link MessageLog}; TCP and TLS sockets are JAIN-SIP's
 * defaults (not captured; the endpoints use UDP). The stack instantiates it by class name, so it
 * stays public with a public no-argument constructor.
 */
public final class WireTapNetworkLayer implements NetworkLayer {

  private final NetworkLayer defaults = DefaultNetworkLayer.SINGLETON;
  private final MessageLog log = new MessageLog();
  private volatile Optional<CapturingDatagramSocket> listening = Optional.empty();
  private volatile Impairment impairment = Impairment.NONE;

  public WireTapNetworkLayer() {
    // created reflectively by SipStackImpl
  }

  MessageLog messageLog() {
    return log;
  }

  /** Makes this stack's outgoing datagrams lossy and late (tests without netem). */
  void impair(Impairment network) {
    this.impairment = network;
  }

  @Override
  public DatagramSocket createDatagramSocket() throws SocketException {
    return new CapturingDatagramSocket(new InetSocketAddress(0), log, () -> impairment);
  }

  /**
   * Waits until the stack's UDP thread reads from the listening socket. JAIN-SIP starts that thread
   * when the listening point is created but fills its channel list inside it: stopping the stack
   * before then throws (NullPointerException or ConcurrentModificationException) half-way through.
   *
   * @throws IllegalStateException if no listening socket exists or nobody reads it in time
   */
  void awaitListening(Duration timeout) {
    CapturingDatagramSocket socket =
        listening.orElseThrow(() -> new IllegalStateException("no UDP listening socket created"));
    try {
      if (!socket.awaitReceiving(timeout)) {
        throw new IllegalStateException(
            "JAIN-SIP's UDP thread did not start reading "
                + socket.getLocalSocketAddress()
                + " within "
                + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the UDP thread", e);
    }
  }

  /** The listening point's socket (one per stack here). */
  @Override
  public DatagramSocket createDatagramSocket(int port, InetAddress localAddress)
      throws SocketException {
    CapturingDatagramSocket socket =
        new CapturingDatagramSocket(new InetSocketAddress(localAddress, port), log, () -> impairment);
    listening = Optional.of(socket);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    return defaults.createServerSocket(port, backlog, bindAddress);
  }

  @Override
  public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    return defaults.createSSLServerSocket(port, backlog, bindAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port) throws IOException {
    return defaults.createSocket(address, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    return defaults.createSocket(address, port, myAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort)
      throws IOException {
    return defaults.createSocket(address, port, myAddress, myPort);
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
    return defaults.createSSLSocket(address, port);
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    return defaults.createSSLSocket(address, port, myAddress);
  }

  @Override
  public void setSipStack(SipStackImpl sipStack) {
    defaults.setSipStack(sipStack);
  }
}
