package hotline.sip;

import gov.nist.javax.sip.SipProviderImpl;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.SIPClientTransaction;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.TransportNotSupportedException;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Response;

/**
 * One JAIN-SIP stack with one UDP listening point and provider, configured for test endpoints:
 * project loggers (no log4j), no automatic dialogs, re-entrant listener with a thread pool, and a
 * {@link MessageLog} of every message on the wire (unless {@link EndpointOptions} turn capture
 * off). Several can coexist in one JVM; {@link #close()}
 * stops the stack and releases the port.
 */
public final class SipEndpointStack implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SipEndpointStack.class.getName());
  private static final AtomicLong STACKS = new AtomicLong();
  private static final int EPHEMERAL_PORT_ATTEMPTS = 5;
  private static final Duration UDP_THREAD_START = Duration.ofSeconds(5);

  private final String name;
  private final SipStackImpl stack;
  private final SipProvider provider;
  private final SipAddress localAddress;
  private final MessageLog messageLog;
  private final AddressFactory addressFactory = new AddressFactoryImpl();
  private final HeaderFactory headerFactory = new HeaderFactoryImpl();
  private final MessageFactory messageFactory = new MessageFactoryImpl();

  private SipEndpointStack(String name, SipStackImpl stack, ListeningPoint listeningPoint)
      throws SipException {
    this.name = name;
    this.stack = stack;
    this.provider = stack.createSipProvider(listeningPoint);
    this.localAddress = new SipAddress(listeningPoint.getIPAddress(), listeningPoint.getPort());
    this.messageLog = ((WireTapNetworkLayer) stack.getNetworkLayer()).messageLog();
  }

  /**
   * Opens a stack listening on UDP {@code host:port}.
   *
   * @param role short word naming the endpoint in stack and thread names, e.g. "caller"
   * @param host an IP literal of a local interface (JAIN-SIP binds to it and puts it in Via)
   * @param port 1-65535, or 0 for a free ephemeral port (see {@link #localAddress()})
   */
  public static SipEndpointStack open(String role, String host, int port) {
    return open(role, host, port, EndpointOptions.CHECKS);
  }

  /** Opens a stack listening on UDP {@code host:port}, set up as {@code options} say. */
  public static SipEndpointStack open(String role, String host, int port, EndpointOptions options) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(options, "options");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("expected a port 0-65535, but got '" + port + "'");
    }
    new SipAddress(host, port == 0 ? 1 : port); // validates the host
    String name = "hotline-" + role + "-" + STACKS.incrementAndGet();
    SipStackImpl stack = newStack(name, options);
    WireTapNetworkLayer wireTap = (WireTapNetworkLayer) stack.getNetworkLayer();
    wireTap.messageLog().setCapturing(options.captureMessages());
    wireTap.impair(options.impairment());
    ListeningPoint listeningPoint;
    try {
      listeningPoint = listen(stack, host, port);
    } catch (RuntimeException e) {
      stack.stop(); // no listening point: no UDP thread to race with
      throw new IllegalStateException(
          "cannot open SIP stack " + name + " on " + host + ":" + port, e);
    }
    wireTap.awaitListening(UDP_THREAD_START);
    try {
      return new SipEndpointStack(name, stack, listeningPoint);
    } catch (SipException | RuntimeException e) {
      stack.stop();
      throw new IllegalStateException(
          "cannot open SIP stack " + name + " on " + host + ":" + port, e);
    }
  }

  /** Installs the one listener for incoming messages and starts delivering events to it. */
  void start(SipListener listener) {
    try {
      provider.addSipListener(listener);
      StrayResponseValve.register(stack, response -> listener.processResponse(new ResponseEvent(provider, null, null, response)));
      stack.start();
    } catch (TooManyListenersException | SipException e) {
      throw new IllegalStateException("cannot start SIP stack " + name, e);
    }
  }

  /** The address actually bound, with the chosen port when opened with port 0. */
  public SipAddress localAddress() {
    return localAddress;
  }

  /** Every message this endpoint sent or received. */
  public MessageLog messageLog() {
    return messageLog;
  }

  /** The unique JAIN-SIP stack name, e.g. "hotline-caller-3". */
  public String name() {
    return name;
  }

  SipProvider provider() {
    return provider;
  }

  AddressFactory addressFactory() {
    return addressFactory;
  }

  HeaderFactory headerFactory() {
    return headerFactory;
  }

  MessageFactory messageFactory() {
    return messageFactory;
  }

  /**
   * A client transaction for a CANCEL of {@code invite}, as {@link SipProvider#getNewClientTransaction}
   * makes one, but without its search: JAIN-SIP finds the INVITE a CANCEL belongs to by comparing
   * the CANCEL with every client transaction it holds, which under load (tens of thousands of BYE
   * transactions in their linger time) makes each CANCEL cost milliseconds, exactly when calls are
   * timing out. The caller knows its INVITE, so it is used directly.
   */
  ClientTransaction newCancelTransaction(ClientTransaction invite) throws SipException {
    SIPClientTransaction inviteTransaction = (SIPClientTransaction) invite;
    SIPClientTransaction cancel =
        stack.createClientTransaction((SIPRequest) invite.createCancel(), inviteTransaction.getMessageChannel());
    cancel.addEventListener((SipProviderImpl) provider);
    stack.addTransaction(cancel);
    return cancel;
  }

  /** A Via for a new request from this endpoint, with a fresh RFC 3261 branch. */
  ViaHeader newVia() {
    try {
      return headerFactory.createViaHeader(
          localAddress.uriHost(), localAddress.port(), ListeningPoint.UDP, "z9hG4bK" + newToken());
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalStateException("cannot build Via for " + localAddress, e);
    }
  }

  /** A random token for tags and branches. */
  static String newToken() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** Answers a request statefully with a bare {@code status} response. */
  void respond(RequestEvent event, int status) {
    try {
      respond(event, messageFactory.createResponse(status, event.getRequest()));
    } catch (ParseException e) {
      throw new IllegalStateException("cannot build " + status + " response", e);
    }
  }

  /**
   * Sends {@code response} on the request's server transaction, creating it if the stack did not. A
   * retransmitted request that races the creation is dropped: the first copy is being answered. A
   * request JAIN-SIP will not make a transaction for (a NOTIFY without Subscription-State, as
   * unsolicited keep-alives are) is answered statelessly.
   */
  void respond(RequestEvent event, Response response) {
    try {
      ServerTransaction transaction = event.getServerTransaction();
      if (transaction == null) {
        transaction = provider.getNewServerTransaction(event.getRequest());
      }
      transaction.sendResponse(response);
    } catch (TransactionAlreadyExistsException e) {
      LOG.log(Level.DEBUG, () -> "retransmission dropped: " + event.getRequest().getMethod());
    } catch (TransactionUnavailableException e) {
      LOG.log(Level.DEBUG, () -> "answering statelessly: " + e.getMessage());
      sendStateless(response);
    } catch (SipException | InvalidArgumentException e) {
      throw new IllegalStateException("cannot send " + response.getStatusCode(), e);
    }
  }

  /** Answers a request with a bare {@code status} response and no server transaction. */
  void respondStatelessly(RequestEvent event, int status) {
    try {
      sendStateless(messageFactory.createResponse(status, event.getRequest()));
    } catch (ParseException e) {
      throw new IllegalStateException("cannot build " + status + " response", e);
    }
  }

  private void sendStateless(Response response) {
    try {
      provider.sendResponse(response);
    } catch (SipException e) {
      throw new IllegalStateException("cannot send " + response.getStatusCode(), e);
    }
  }

  /** Stops the stack: no more events, the port is released when this returns. */
  @Override
  public void close() {
    StrayResponseValve.unregister(stack);
    stack.stop(); // takes a second: JAIN-SIP's stopStack() sleeps 1000 ms
  }

  private static SipStackImpl newStack(String name, EndpointOptions options) {
    Properties properties = new Properties();
    properties.setProperty("javax.sip.STACK_NAME", name);
    properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JainSipStackLogger.class.getName());
    properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JainSipServerLogger.class.getName());
    properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", WireTapNetworkLayer.class.getName());
    properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
    properties.setProperty("gov.nist.javax.sip.SIP_MESSAGE_VALVE", StrayResponseValve.class.getName());
    // the same search again when the CANCEL is sent; Call only cancels after a provisional response
    properties.setProperty("gov.nist.javax.sip.CANCEL_CLIENT_TRANSACTION_CHECKED", "false");
    properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", String.valueOf(options.threadPoolSize()));
    if (options.receiveBufferBytes() < EndpointOptions.MAX_DATAGRAM) {
      properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(options.receiveBufferBytes()));
    }
    try {
      // not SipFactory: it caches stacks by name and hands a stopped stack back
      return new SipStackImpl(properties);
    } catch (PeerUnavailableException e) {
      throw new IllegalStateException("cannot create SIP stack " + name, e);
    }
  }

  private static ListeningPoint listen(SipStackImpl stack, String host, int port) {
    if (port != 0) {
      return createListeningPoint(stack, host, port);
    }
    // JAIN-SIP keeps port 0 in Via and Contact; so find a free port, then bind it
    IllegalStateException lastFailure = null;
    for (int attempt = 0; attempt < EPHEMERAL_PORT_ATTEMPTS; attempt++) {
      try {
        return createListeningPoint(stack, host, freeUdpPort(host));
      } catch (IllegalStateException e) {
        lastFailure = e; // another process took the port in between: try another
      }
    }
    throw lastFailure;
  }

  private static ListeningPoint createListeningPoint(SipStackImpl stack, String host, int port) {
    try {
      return stack.createListeningPoint(host, port, ListeningPoint.UDP);
    } catch (TransportNotSupportedException | InvalidArgumentException e) {
      throw new IllegalStateException("cannot listen on UDP " + host + ":" + port, e);
    }
  }

  private static int freeUdpPort(String host) {
    try (DatagramSocket probe =
        new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), 0))) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("cannot find a free UDP port on " + host, e);
    }
  }
}
