package hotline.faults;

import hotline.sip.SipAddress;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fake switch on a loopback UDP port that answers OPTIONS with 200 (so {@code verify --sut
 * udp:...} accepts it) and each new INVITE with the next {@link SwitchFault} of its script; once
 * the script is used up, INVITEs get a plain 404. ACKs are swallowed, BYE and CANCEL answered as a
 * switch would.
 */
final class FaultySwitch implements AutoCloseable {
  private final DatagramSocket socket;
  private final Deque<SwitchFault> script;
  private final Map<String, SwitchFault> byCallId = new ConcurrentHashMap<>();
  private final Map<String, SipRequestText> invites = new ConcurrentHashMap<>();
  private final Thread loop;

  private FaultySwitch(DatagramSocket socket, List<SwitchFault> script) {
    this.socket = socket;
    this.script = new ArrayDeque<>(script);
    this.loop = new Thread(this::serve, "faulty-switch-" + socket.getLocalPort());
    this.loop.setDaemon(true);
  }

  static FaultySwitch start(List<SwitchFault> script) throws SocketException {
    FaultySwitch sw = new FaultySwitch(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), script);
    sw.loop.start();
    return sw;
  }

  SipAddress address() {
    return new SipAddress("127.0.0.1", socket.getLocalPort());
  }

  /** The fault each Call-ID met (empty for calls answered 404 after the script ran out). */
  Map<String, SwitchFault> faultsByCallId() {
    return Map.copyOf(byCallId);
  }

  private void serve() {
    byte[] buffer = new byte[65_535];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(p);
        handle(new SipRequestText(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8)), p.getSocketAddress());
      } catch (IOException | RuntimeException e) {
        if (socket.isClosed()) {
          return;
        }
        // a fake switch keeps serving; a test sees what it did not get
      }
    }
  }

  private void handle(SipRequestText request, SocketAddress from) throws IOException {
    String callId = request.header("Call-ID");
    switch (request.method()) {
      case "OPTIONS", "BYE" -> send(from, response(request, "200 OK", true, true));
      case "CANCEL" -> {
        send(from, response(request, "200 OK", true, false));
        SipRequestText invite = invites.get(callId);
        if (invite != null) {
          send(from, response(invite, "487 Request Terminated", true, false));
        }
      }
      case "INVITE" -> {
        if (invites.putIfAbsent(callId, request) != null) {
          return; // a retransmission: the scripted answer was already sent
        }
        SwitchFault fault;
        synchronized (script) {
          fault = script.poll();
        }
        if (fault == null) {
          send(from, response(request, "404 Not Found", true, false));
          return;
        }
        byCallId.put(callId, fault);
        for (byte[] datagram : fault.answer(request, this)) {
          send(from, datagram);
        }
      }
      default -> {
        // ACK and anything else: no answer
      }
    }
  }

  private void send(SocketAddress to, byte[] datagram) throws IOException {
    socket.send(new DatagramPacket(datagram, datagram.length, to));
  }

  /** A response to {@code request}; {@code toTag} and {@code contact} say whether to include them. */
  byte[] response(SipRequestText request, String status, boolean toTag, boolean contact) {
    StringBuilder b = new StringBuilder("SIP/2.0 ").append(status).append("\r\n");
    request.all("Via").forEach(v -> b.append("Via: ").append(v).append("\r\n"));
    b.append("From: ").append(request.header("From")).append("\r\n");
    String to = request.header("To");
    b.append("To: ").append(to);
    if (toTag && !to.contains(";tag=")) {
      b.append(";tag=").append(tagFor(request.header("Call-ID")));
    }
    b.append("\r\n");
    b.append("Call-ID: ").append(request.header("Call-ID")).append("\r\n");
    b.append("CSeq: ").append(request.header("CSeq")).append("\r\n");
    if (contact) {
      b.append("Contact: <sip:switch@").append(address()).append(">\r\n");
    }
    b.append("Content-Length: 0\r\n\r\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String tagFor(String callId) {
    return UUID.nameUUIDFromBytes(callId.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    loop.join(2000);
  }
}
