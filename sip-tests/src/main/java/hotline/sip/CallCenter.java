package hotline.sip;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The called side (UAS) at the trunk-gateway address: one endpoint serving many lines, a line being
 * the Request-URI user (e.g. 02083333333). What each line does is programmable ({@link
 * LineBehaviour}); every INVITE arrival is recorded as an {@link Arrival}. A hunting switch may
 * send the same Call-ID to several lines in turn; each INVITE branch is handled on its own. Answers
 * OPTIONS and NOTIFY with 200 by itself.
 */
public final class CallCenter implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(CallCenter.class.getName());
  private static final String PAI = "P-Asserted-Identity";

  private final SipEndpointStack stack;
  private final ScheduledExecutorService timers;
  private final LineBehaviours behaviours = new LineBehaviours();
  private final List<Arrival> arrivals = new ArrayList<>();
  private final Map<String, IncomingCall> byBranch = new ConcurrentHashMap<>();
  private final Map<String, IncomingCall> byDialog = new ConcurrentHashMap<>();
  private final RecentlyEnded hungUp = new RecentlyEnded();

  private CallCenter(SipEndpointStack stack) {
    this.stack = stack;
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, stack.name() + "-timers");
              thread.setDaemon(true);
              return thread;
            });
    // a 2xx retransmission is scheduled for every answer and cancelled by nearly every ACK
    executor.setRemoveOnCancelPolicy(true);
    this.timers = executor;
  }

  /** Opens a call center on UDP {@code host:port}; port 0 picks a free port. */
  public static CallCenter open(String host, int port) {
    return open(host, port, EndpointOptions.CHECKS);
  }

  /** Opens a call center on UDP {@code host:port} set up as {@code options} say; port 0 picks a free port. */
  public static CallCenter open(String host, int port, EndpointOptions options) {
    CallCenter callCenter = new CallCenter(SipEndpointStack.open("callcenter", host, port, options));
    callCenter.stack.start(callCenter.new Events());
    return callCenter;
  }

  /** The address the call center listens on: the trunk gateway the switch routes to. */
  public SipAddress localAddress() {
    return stack.localAddress();
  }

  /** Every message the call center sent or received. */
  public MessageLog messageLog() {
    return stack.messageLog();
  }

  /** What lines without their own behaviour do; initially {@link LineBehaviour#answer()}. */
  public void setDefaultBehaviour(LineBehaviour behaviour) {
    behaviours.setDefault(behaviour);
  }

  /** What {@code line} does with every call from now on (after any next-call behaviours). */
  public void setBehaviour(String line, LineBehaviour behaviour) {
    behaviours.setPermanent(DialString.require("line", line), behaviour);
  }

  /** What {@code line} does with its next call only; repeated calls queue up in order. */
  public void setNextCallBehaviour(String line, LineBehaviour behaviour) {
    behaviours.addNextCall(DialString.require("line", line), behaviour);
  }

  /** Drops the next-call behaviours still queued for {@code line} (a call that never came). */
  public void clearNextCallBehaviours(String line) {
    behaviours.clearNextCalls(DialString.require("line", line));
  }

  /** Every INVITE arrival so far, in arrival order. */
  public synchronized List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  /** The arrivals of one call (one Call-ID) so far, in arrival order: the lines it reached. */
  public synchronized List<Arrival> arrivals(String callId) {
    return arrivals.stream().filter(arrival -> arrival.callId().equals(callId)).toList();
  }

  /**
   * Hangs up the answered call with {@code callId} from the line's side and waits for the 200.
   *
   * @throws IllegalStateException if no line (or more than one) has that call answered, or the BYE
   *     was refused
   * @throws AwaitTimeoutException if no final response to the BYE came within {@code timeout}
   */
  public void hangUp(String callId, Duration timeout) {
    List<IncomingCall> answered =
        byDialog.values().stream()
            .filter(call -> call.callId().equals(callId) && call.isInDialog())
            .toList();
    if (answered.size() != 1) {
      throw new IllegalStateException(
          "expected one answered line for Call-ID " + callId + ", but got " + answered.size());
    }
    Response response =
        Await.within(
            answered.get(0).hangUp(),
            timeout,
            () -> "no final response to the call center's BYE for Call-ID " + callId);
    if (response.getStatusCode() / 100 != 2) {
      throw new IllegalStateException(
          "BYE for Call-ID " + callId + " refused with " + response.getStatusCode());
    }
  }

  /** Stops the timers and the stack; calls in progress are abandoned. */
  @Override
  public void close() {
    timers.shutdownNow();
    stack.close();
  }

  private void onInvite(RequestEvent event) {
    Request invite = event.getRequest();
    if (((ToHeader) invite.getHeader(ToHeader.NAME)).getTag() != null) {
      stack.respond(event, Response.NOT_ACCEPTABLE_HERE); // no re-INVITEs on test lines
      return;
    }
    Optional<String> line = lineOf(invite);
    if (line.isEmpty()) {
      stack.respond(event, Response.NOT_FOUND);
      return;
    }
    ServerTransaction transaction;
    try {
      transaction = stack.provider().getNewServerTransaction(invite);
    } catch (TransactionAlreadyExistsException e) {
      return; // a retransmission of an INVITE being handled
    } catch (TransactionUnavailableException e) {
      throw new IllegalStateException("cannot handle INVITE " + invite, e);
    }
    LineBehaviour behaviour = behaviours.take(line.get());
    IncomingCall call = new IncomingCall(stack, timers, transaction, line.get());
    record(line.get(), invite, behaviour);
    byBranch.put(call.branchKey(), call);
    byDialog.put(dialogKey(invite, call.localTag()), call);
    call.start(behaviour);
  }

  private synchronized void record(String line, Request invite, LineBehaviour behaviour) {
    HeaderAddress pai = (HeaderAddress) invite.getHeader(PAI);
    arrivals.add(
        new Arrival(
            line,
            callId(invite),
            System.nanoTime(),
            Instant.now(),
            ((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().getURI().toString(),
            Optional.ofNullable(pai).map(header -> header.getAddress().getURI().toString()),
            behaviour));
  }

  /**
   * Answers a BYE without a server transaction: a transaction would be held (and its timer run)
   * for 32 s per call only to answer a retransmission, which {@link #hungUp} answers as well.
   */
  private void onBye(RequestEvent event, String toTag) {
    Request bye = event.getRequest();
    String key = toTag == null ? "" : dialogKey(bye, toTag);
    IncomingCall call = toTag == null ? null : byDialog.get(key);
    if (call != null) {
      hungUp.add(key);
      stack.respondStatelessly(event, Response.OK);
      call.onBye();
      forget(bye, call);
    } else if (hungUp.contains(key)) {
      stack.respondStatelessly(event, Response.OK); // a retransmission: our 200 was lost
    } else {
      stack.respondStatelessly(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }
  }

  /**
   * Drops an ended call from the tables that route requests to it, so a long load run holds only
   * the calls in progress (its arrival stays recorded).
   */
  private void forget(Request bye, IncomingCall call) {
    byDialog.remove(dialogKey(bye, call.localTag()), call);
    byBranch.remove(call.branchKey(), call);
  }

  private static Optional<String> lineOf(Request invite) {
    return invite.getRequestURI() instanceof SipURI uri
        ? Optional.ofNullable(uri.getUser())
        : Optional.empty();
  }

  private static String callId(Message message) {
    return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
  }

  static String branchKey(Request request) {
    return callId(request) + " " + ((ViaHeader) request.getHeader(ViaHeader.NAME)).getBranch();
  }

  private static String dialogKey(Message message, String localTag) {
    return callId(message) + " " + localTag;
  }

  /** The stack's callbacks; they never block. */
  private final class Events implements SipListener {

    @Override
    public void processRequest(RequestEvent event) {
      Request request = event.getRequest();
      String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
      switch (request.getMethod()) {
        case Request.INVITE -> onInvite(event);
        case Request.CANCEL -> {
          IncomingCall call = byBranch.get(branchKey(request));
          stack.respond(
              event, call == null ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK);
          if (call != null) {
            call.onCancel();
          }
        }
        case Request.ACK -> {
          IncomingCall call = toTag == null ? null : byDialog.get(dialogKey(request, toTag));
          if (call != null) {
            call.onAck();
          }
        }
        case Request.BYE -> onBye(event, toTag);
        case Request.OPTIONS, Request.NOTIFY -> stack.respond(event, Response.OK);
        default -> stack.respond(event, Response.METHOD_NOT_ALLOWED);
      }
    }

    @Override
    public void processResponse(ResponseEvent event) {
      Response response = event.getResponse();
      String method = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod();
      String fromTag = ((FromHeader) response.getHeader(FromHeader.NAME)).getTag();
      IncomingCall call = byDialog.get(dialogKey(response, fromTag));
      if (Request.BYE.equals(method) && call != null) {
        call.onByeResponse(response);
      }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
      // a lost BYE shows as the bounded wait in hangUp running out
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
      LOG.log(
          Level.WARNING,
          () -> "transport error towards " + event.getHost() + ":" + event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
      // lines keep their own state
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
      // no JAIN-SIP dialogs: AUTOMATIC_DIALOG_SUPPORT is off
    }
  }
}
