package hotline.sip;

import java.lang.System.Logger.Level;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The calling side (UAC): places calls to a switch and follows each one to its outcome. Many calls
 * may be in progress at once. Also answers OPTIONS, NOTIFY and in-dialog BYE from the far end.
 */
public final class Caller implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Caller.class.getName());

  private final SipEndpointStack stack;
  private final Map<String, Call> calls = new ConcurrentHashMap<>();
  private final AtomicLong unknownResponses = new AtomicLong();
  private volatile String firstUnknownResponse = "";

  private Caller(SipEndpointStack stack) {
    this.stack = stack;
  }

  /** Opens a caller on UDP {@code host:port}; port 0 picks a free port. */
  public static Caller open(String host, int port) {
    return open(host, port, EndpointOptions.CHECKS);
  }

  /** Opens a caller on UDP {@code host:port} set up as {@code options} say; port 0 picks a free port. */
  public static Caller open(String host, int port, EndpointOptions options) {
    Caller caller = new Caller(SipEndpointStack.open("caller", host, port, options));
    caller.stack.start(caller.new Events());
    return caller;
  }

  /** The address the caller listens on (its Via and Contact). */
  public SipAddress localAddress() {
    return stack.localAddress();
  }

  /** Every message the caller sent or received. */
  public MessageLog messageLog() {
    return stack.messageLog();
  }

  /**
   * Sends an INVITE for sip:{@code dialled}@switch with From and P-Asserted-Identity sip:{@code
   * callerNumber}@local-host. The Request-URI points at the switch, so no Route is preloaded;
   * in-dialog requests follow the Record-Route of the answer.
   *
   * @param callerNumber national format, e.g. 02083330000
   * @param dialled the digits dialled, e.g. 12333
   */
  public Call dial(String callerNumber, String dialled, SipAddress switchAddress) {
    DialString.require("caller number", callerNumber);
    DialString.require("dialled number", dialled);
    Request invite = newInvite(callerNumber, dialled, switchAddress);
    try {
      return Call.send(stack, stack.provider().getNewClientTransaction(invite), calls);
    } catch (TransactionUnavailableException e) {
      throw new IllegalStateException("cannot create INVITE transaction: " + invite, e);
    }
  }

  /**
   * Forgets an ended call: responses that still come for it are logged as unknown. For load runs,
   * which would otherwise hold every call they ever placed; a call that is still up must not be
   * released (its BYE from the far end would be answered 481).
   */
  public void release(Call call) {
    calls.remove(call.callId(), call);
  }

  /** How many calls the caller still follows (placed and not released). */
  int callsKnown() {
    return calls.size();
  }

  /**
   * Stops the stack; calls still in progress are abandoned. Warns once of the responses that came
   * for calls it did not know or had released: late answers or retransmissions, a sign the far end
   * or this JVM fell behind.
   */
  @Override
  public void close() {
    stack.close();
    long unknown = unknownResponses.get();
    if (unknown > 0) {
      LOG.log(Level.WARNING, () -> "caller " + stack.localAddress() + ": " + unknown + " response(s) for calls it did not know or had released"
          + " (late answers or retransmissions); the first: " + firstUnknownResponse);
    }
  }

  private static String summary(Response response) {
    return response.getStatusCode() + " " + response.getReasonPhrase() + " to " + ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod()
        + " (Call-ID " + ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId() + ")";
  }

  private Request newInvite(String callerNumber, String dialled, SipAddress switchAddress) {
    AddressFactory addresses = stack.addressFactory();
    HeaderFactory headers = stack.headerFactory();
    SipAddress local = stack.localAddress();
    try {
      SipURI requestUri = addresses.createSipURI(dialled, switchAddress.uriHost());
      requestUri.setPort(switchAddress.port());
      SipURI callerUri = addresses.createSipURI(callerNumber, local.uriHost());
      SipURI contactUri = addresses.createSipURI(callerNumber, local.uriHost());
      contactUri.setPort(local.port());
      Request invite =
          stack
              .messageFactory()
              .createRequest(
                  requestUri,
                  Request.INVITE,
                  stack.provider().getNewCallId(),
                  headers.createCSeqHeader(1L, Request.INVITE),
                  headers.createFromHeader(
                      addresses.createAddress(callerUri), SipEndpointStack.newToken()),
                  headers.createToHeader(
                      addresses.createAddress(
                          addresses.createSipURI(dialled, switchAddress.uriHost())),
                      null),
                  new ArrayList<>(List.of(stack.newVia())),
                  headers.createMaxForwardsHeader(70));
      invite.addHeader(headers.createContactHeader(addresses.createAddress(contactUri)));
      invite.addHeader(headers.createHeader("P-Asserted-Identity", "<" + callerUri + ">"));
      return invite;
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalArgumentException(
          "cannot build INVITE from " + callerNumber + " to " + dialled + "@" + switchAddress, e);
    }
  }

  private Call callOf(Message message) {
    return calls.get(((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId());
  }

  /** The stack's callbacks; they never block. */
  private final class Events implements SipListener {

    @Override
    public void processResponse(ResponseEvent event) {
      Response response = event.getResponse();
      Call call = callOf(response);
      if (call == null) {
        if (unknownResponses.incrementAndGet() == 1) {
          firstUnknownResponse = summary(response);
        }
        LOG.log(Level.DEBUG, () -> "response for an unknown call: " + response);
        return;
      }
      switch (((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod()) {
        case Request.INVITE -> call.onInviteResponse(response);
        case Request.BYE -> call.onByeResponse(response);
        default -> {
          // CANCEL's 200: the INVITE's 487 carries the outcome
        }
      }
    }

    @Override
    public void processRequest(RequestEvent event) {
      Request request = event.getRequest();
      switch (request.getMethod()) {
        case Request.BYE -> {
          Call call = callOf(request);
          stack.respond(
              event, call == null ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK);
          if (call != null) {
            call.onRemoteHangUp();
          }
        }
        case Request.OPTIONS, Request.NOTIFY -> stack.respond(event, Response.OK);
        case Request.ACK -> {
          // a caller receives no ACK
        }
        default -> stack.respond(event, Response.METHOD_NOT_ALLOWED);
      }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
      if (event.isServerTransaction()) {
        return;
      }
      Request request = event.getClientTransaction().getRequest();
      Call call = callOf(request);
      if (call == null) {
        return;
      }
      switch (request.getMethod()) {
        case Request.INVITE -> call.onInviteTimeout();
        case Request.BYE -> call.onByeTimeout();
        default -> {
          // a lost CANCEL: the INVITE transaction's own timeout decides
        }
      }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
      LOG.log(
          Level.WARNING,
          () -> "transport error towards " + event.getHost() + ":" + event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
      // transactions end on their own; calls keep their outcome
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
      // no JAIN-SIP dialogs: AUTOMATIC_DIALOG_SUPPORT is off
    }
  }
}
