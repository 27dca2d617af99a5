package hotline.sip;

import hotline.sip.LineBehaviour.Answer;
import hotline.sip.LineBehaviour.NoAnswer;
import hotline.sip.LineBehaviour.Reject;
import java.lang.System.Logger.Level;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One INVITE at one call-center line, from arrival to its end: rings, answers, rejects, is
 * cancelled, hangs up or is hung up. Retransmits its 2xx until the ACK comes (RFC 3261 13.3.1.4),
 * since without JAIN-SIP's dialog layer the stack does not. Thread-safe.
 */
final class IncomingCall {

  private static final System.Logger LOG = System.getLogger(IncomingCall.class.getName());
  private static final Duration T1 = Duration.ofMillis(500);
  private static final Duration T2 = Duration.ofSeconds(4);
  private static final Duration ACK_WAIT = T1.multipliedBy(64);

  private enum State {
    RINGING,
    ANSWERED,
    CONFIRMED,
    ENDED
  }

  private final SipEndpointStack stack;
  private final ScheduledExecutorService timers;
  private final ServerTransaction inviteTransaction;
  private final Request invite;
  private final String line;
  private final String localTag = SipEndpointStack.newToken();

  // guarded by this
  private State state = State.RINGING;
  private Optional<ScheduledFuture<?>> pendingAnswer = Optional.empty();
  private Optional<ScheduledFuture<?>> retransmission = Optional.empty();
  private Optional<DialogPath> dialog = Optional.empty();
  private Optional<CompletableFuture<Response>> byeResponse = Optional.empty();

  IncomingCall(
      SipEndpointStack stack,
      ScheduledExecutorService timers,
      ServerTransaction inviteTransaction,
      String line) {
    this.stack = stack;
    this.timers = timers;
    this.inviteTransaction = inviteTransaction;
    this.invite = inviteTransaction.getRequest();
    this.line = line;
  }

  String callId() {
    return ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
  }

  String localTag() {
    return localTag;
  }

  /** The key of the INVITE's transaction: Call-ID and top Via branch (CANCEL matches on it). */
  String branchKey() {
    return CallCenter.branchKey(invite);
  }

  synchronized boolean isInDialog() {
    return state == State.ANSWERED || state == State.CONFIRMED;
  }

  synchronized void start(LineBehaviour behaviour) {
    // Java 17: no pattern matching for switch yet
    if (behaviour instanceof Answer answer) {
      send(newResponse(Response.RINGING));
      if (answer.ringing().isZero()) {
        answer();
      } else {
        pendingAnswer =
            Optional.of(
                timers.schedule(this::answer, answer.ringing().toNanos(), TimeUnit.NANOSECONDS));
      }
    } else if (behaviour instanceof Reject reject) {
      send(newResponse(reject.status()));
      state = State.ENDED;
    } else if (behaviour instanceof NoAnswer) {
      send(newResponse(Response.RINGING));
    } else {
      throw new IllegalArgumentException("unknown line behaviour " + behaviour);
    }
  }

  /** CANCEL for this INVITE: a ringing line stops and answers the INVITE 487. */
  synchronized void onCancel() {
    if (state != State.RINGING) {
      return; // the final response crossed the CANCEL
    }
    pendingAnswer.ifPresent(answer -> answer.cancel(false));
    send(newResponse(Response.REQUEST_TERMINATED));
    state = State.ENDED;
  }

  synchronized void onAck() {
    if (state == State.ANSWERED) {
      state = State.CONFIRMED;
      stopRetransmitting();
    }
  }

  synchronized void onBye() {
    state = State.ENDED;
    stopRetransmitting();
  }

  synchronized void onByeResponse(Response response) {
    byeResponse.ifPresent(pending -> pending.complete(response));
  }

  /** Sends BYE for the answered call; the returned future gets the BYE's final response. */
  synchronized CompletableFuture<Response> hangUp() {
    if (!isInDialog() || dialog.isEmpty()) {
      throw new IllegalStateException(
          "line " + line + " cannot hang up Call-ID " + callId() + ": state " + state);
    }
    CompletableFuture<Response> pending = new CompletableFuture<>();
    byeResponse = Optional.of(pending);
    state = State.ENDED;
    Request bye = dialog.get().newRequest(stack, Request.BYE, 1L);
    try {
      stack.provider().getNewClientTransaction(bye).sendRequest();
    } catch (SipException e) {
      throw new IllegalStateException("line " + line + " cannot send BYE", e);
    }
    return pending;
  }

  private synchronized void answer() {
    if (state != State.RINGING) {
      return; // cancelled meanwhile
    }
    DialogPath path = DialogPath.ofInvite(invite, localTag);
    Response ok = newResponse(Response.OK);
    send(ok);
    dialog = Optional.of(path);
    state = State.ANSWERED;
    retransmitUntilAck(ok, T1, T1);
  }

  private void retransmitUntilAck(Response ok, Duration delay, Duration waited) {
    retransmission =
        Optional.of(
            timers.schedule(
                () -> {
                  synchronized (this) {
                    if (state != State.ANSWERED || waited.compareTo(ACK_WAIT) >= 0) {
                      return;
                    }
                    try {
                      stack.provider().sendResponse(ok);
                    } catch (SipException e) {
                      LOG.log(Level.WARNING, () -> "line " + line + ": 2xx retransmission failed", e);
                    }
                    Duration next = delay.multipliedBy(2).compareTo(T2) > 0 ? T2 : delay.multipliedBy(2);
                    retransmitUntilAck(ok, next, waited.plus(next));
                  }
                },
                delay.toNanos(),
                TimeUnit.NANOSECONDS));
  }

  /** The ACK (or a BYE) came: the pending 2xx retransmission is dropped from the timer queue. */
  private void stopRetransmitting() {
    retransmission.ifPresent(pending -> pending.cancel(false));
    retransmission = Optional.empty();
  }

  private Response newResponse(int status) {
    try {
      Response response = stack.messageFactory().createResponse(status, invite);
      ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(localTag);
      if (status < 300) {
        SipURI contact = stack.addressFactory().createSipURI(line, stack.localAddress().uriHost());
        contact.setPort(stack.localAddress().port());
        response.addHeader(
            stack
                .headerFactory()
                .createContactHeader(stack.addressFactory().createAddress(contact)));
      }
      return response;
    } catch (ParseException e) {
      throw new IllegalStateException("line " + line + " cannot build " + status, e);
    }
  }

  private void send(Response response) {
    try {
      inviteTransaction.sendResponse(response);
    } catch (SipException | InvalidArgumentException e) {
      throw new IllegalStateException(
          "line " + line + " cannot send " + response.getStatusCode(), e);
    }
  }
}
