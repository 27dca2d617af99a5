package hotline.sip;

import hotline.sip.CallOutcome.Answered;
import hotline.sip.CallOutcome.Malformed;
import hotline.sip.CallOutcome.Rejected;
import hotline.sip.CallOutcome.TimedOut;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.sip.ClientTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One outgoing call placed by a {@link Caller}. Its events are awaited with bounded timeouts; it
 * ends in one {@link CallOutcome}. Thread-safe: the SIP stack's threads feed it, a test awaits it.
 */
public final class Call {

  private static final System.Logger LOG = System.getLogger(Call.class.getName());
  private static final int RINGING = 180;

  private final SipEndpointStack stack;
  private final String callId;
  private final ClientTransaction invite;
  private final long inviteSentNanos;
  private final CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();
  private final CompletableFuture<Duration> ringing = new CompletableFuture<>();
  private final CompletableFuture<Void> remoteHangUp = new CompletableFuture<>();

  // guarded by this
  private boolean provisionalSeen;
  private boolean cancelWanted;
  private Optional<Duration> inviteToAnswer = Optional.empty();
  private Optional<DialogPath> dialog = Optional.empty();
  private Optional<Request> ack = Optional.empty();
  private Optional<CompletableFuture<Response>> byeResponse = Optional.empty();

  private Call(SipEndpointStack stack, String callId, ClientTransaction invite) {
    this.stack = stack;
    this.callId = callId;
    this.invite = invite;
    this.inviteSentNanos = System.nanoTime();
  }

  /**
   * Creates the call, registers it under its Call-ID in {@code calls} (before the INVITE leaves, so
   * no response can miss it) and sends the INVITE.
   */
  static Call send(SipEndpointStack stack, ClientTransaction invite, Map<String, Call> calls) {
    String callId = ((CallIdHeader) invite.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
    Call call = new Call(stack, callId, invite);
    calls.put(callId, call);
    try {
      invite.sendRequest();
    } catch (SipException e) {
      calls.remove(callId);
      throw new IllegalStateException("cannot send INVITE for Call-ID " + callId, e);
    }
    return call;
  }

  /** The Call-ID, the key to this call in every endpoint's message log and arrivals. */
  public String callId() {
    return callId;
  }

  /**
   * Waits for the first 180 Ringing.
   *
   * @return time from sending the INVITE to the 180
   * @throws AwaitTimeoutException if no 180 came within {@code timeout}
   */
  public Duration awaitRinging(Duration timeout) {
    return Await.within(ringing, timeout, () -> "no 180 Ringing for Call-ID " + callId);
  }

  /**
   * Waits for the final response. If none comes within {@code timeout}, the outcome is {@link
   * TimedOut} and the call is abandoned: cancelled as soon as the RFC allows, and a late 2xx is
   * acknowledged and hung up.
   */
  public CallOutcome awaitFinal(Duration timeout) {
    try {
      return Await.within(outcome, timeout, () -> "no final response");
    } catch (AwaitTimeoutException e) {
      if (outcome.complete(new TimedOut(sinceInvite()))) {
        requestCancel();
      }
      return outcome.join();
    }
  }

  /**
   * Cancels the ringing call: sends CANCEL now, or right after the first provisional response (RFC
   * 3261 section 9.1). The outcome is then normally {@link Rejected} with 487.
   *
   * @throws IllegalStateException if the call already has its outcome
   */
  public void cancel() {
    if (outcome.isDone()) {
      throw new IllegalStateException(
          "cannot cancel Call-ID " + callId + ": it already ended with " + outcome.join());
    }
    requestCancel();
  }

  /**
   * Hangs up the answered call: sends BYE along the dialog's route set and waits for its 2xx.
   *
   * @throws IllegalStateException if the call was not answered, was already hung up, or the BYE was
   *     refused
   * @throws AwaitTimeoutException if no final response to the BYE came within {@code timeout}
   */
  public void hangUp(Duration timeout) {
    Response byeFinal =
        Await.within(sendBye(), timeout, () -> "no final response to BYE for Call-ID " + callId);
    requireAccepted(byeFinal);
  }

  /**
   * Hangs up the answered call without waiting: for callers that follow many calls at once without
   * a thread each (load). The stage completes when a 2xx answers the BYE; it fails with {@link
   * IllegalStateException} if the BYE was refused and with {@link AwaitTimeoutException} if its
   * transaction timed out.
   *
   * @throws IllegalStateException if the call was not answered or was already hung up
   */
  public CompletionStage<Void> hangUpAsync() {
    return sendBye().thenAccept(this::requireAccepted);
  }

  private void requireAccepted(Response byeFinal) {
    if (byeFinal.getStatusCode() / 100 != 2) {
      throw new IllegalStateException(
          "BYE for Call-ID "
              + callId
              + " refused with "
              + byeFinal.getStatusCode()
              + " "
              + byeFinal.getReasonPhrase());
    }
  }

  /**
   * Waits until the far end hangs up (a BYE arrives and is answered 200).
   *
   * @throws AwaitTimeoutException if no BYE came within {@code timeout}
   */
  public void awaitRemoteHangUp(Duration timeout) {
    Await.within(remoteHangUp, timeout, () -> "no BYE from the far end for Call-ID " + callId);
  }

  /**
   * The outcome, when it comes: for callers that follow many calls at once without a thread
   * waiting on each (load). An answered call stays up until {@link #hangUp(Duration)}.
   */
  public CompletionStage<CallOutcome> whenFinal() {
    return outcome.minimalCompletionStage();
  }

  /** INVITE→180 and INVITE→2xx so far. */
  public synchronized CallTimings timings() {
    Optional<Duration> toRinging =
        ringing.isDone() ? Optional.of(ringing.join()) : Optional.empty();
    return new CallTimings(toRinging, inviteToAnswer);
  }

  void onInviteResponse(Response response) {
    int status = response.getStatusCode();
    if (status < 200) {
      onProvisional(status);
    } else if (status < 300) {
      onAnswer(response);
    } else {
      // the stack acknowledges non-2xx finals itself
      outcome.complete(new Rejected(status, response.getReasonPhrase()));
    }
  }

  void onInviteTimeout() {
    outcome.complete(new TimedOut(sinceInvite()));
  }

  synchronized void onByeResponse(Response response) {
    byeResponse.ifPresent(pending -> pending.complete(response));
  }

  synchronized void onByeTimeout() {
    byeResponse.ifPresent(
        pending ->
            pending.completeExceptionally(
                new AwaitTimeoutException("BYE transaction for Call-ID " + callId + " timed out")));
  }

  void onRemoteHangUp() {
    remoteHangUp.complete(null);
  }

  private synchronized void onProvisional(int status) {
    provisionalSeen = true;
    if (status == RINGING) {
      ringing.complete(sinceInvite());
    }
    if (cancelWanted) {
      cancelWanted = false;
      sendCancel();
    }
  }

  private void onAnswer(Response answer) {
    DialogPath path;
    long inviteCSeq;
    synchronized (this) {
      String toTag = ((ToHeader) answer.getHeader(ToHeader.NAME)).getTag();
      if (dialog.isPresent() && dialog.get().remoteTag().equals(toTag)) {
        ack.ifPresent(this::sendStateless); // a retransmitted 2xx: our ACK was lost
        return;
      }
      try {
        path = DialogPath.ofAnswer(answer);
      } catch (IllegalArgumentException e) {
        // a 2xx that cannot start a dialog: it ends the call as malformed, never the listener thread
        String problem = e.getMessage().lines().findFirst().orElse("unusable 2xx");
        if (outcome.complete(new Malformed(answer.getStatusCode(), problem))) {
          LOG.log(Level.DEBUG, () -> "unusable 2xx for Call-ID " + callId + ": " + problem);
        }
        return;
      }
      inviteCSeq = ((CSeqHeader) answer.getHeader(CSeqHeader.NAME)).getSeqNumber();
      Request ackRequest = path.newRequest(stack, Request.ACK, inviteCSeq);
      sendStateless(ackRequest);
      if (dialog.isPresent() || outcome.isDone()) {
        hangUpUnwanted(path, inviteCSeq, "a second fork answered, or the call was given up");
        return;
      }
      // the dialog exists before the outcome is announced: whoever is told may hang up at once
      inviteToAnswer = Optional.of(sinceInvite());
      dialog = Optional.of(path);
      ack = Optional.of(ackRequest);
    }
    // completed outside the lock: the outcome's followers run on this thread and may take time
    if (!outcome.complete(new Answered(answer.getStatusCode()))) {
      hangUpUnwanted(path, inviteCSeq, "the call was given up as the 2xx came");
    }
  }

  /** Ends the dialog of a 2xx nobody waits for. */
  private void hangUpUnwanted(DialogPath path, long inviteCSeq, String why) {
    LOG.log(Level.DEBUG, () -> "hanging up unwanted 2xx for Call-ID " + callId + " to-tag " + path.remoteTag() + ": " + why);
    sendInDialog(path.newRequest(stack, Request.BYE, inviteCSeq + 1));
  }

  private synchronized CompletableFuture<Response> sendBye() {
    if (dialog.isEmpty()) {
      throw new IllegalStateException(
          "cannot hang up Call-ID "
              + callId
              + ": not answered, outcome "
              + (outcome.isDone() ? outcome.join() : "pending"));
    }
    if (byeResponse.isPresent()) {
      throw new IllegalStateException("Call-ID " + callId + " was already hung up");
    }
    CompletableFuture<Response> pending = new CompletableFuture<>();
    byeResponse = Optional.of(pending);
    long inviteCSeq = ((CSeqHeader) invite.getRequest().getHeader(CSeqHeader.NAME)).getSeqNumber();
    sendInDialog(dialog.get().newRequest(stack, Request.BYE, inviteCSeq + 1));
    return pending;
  }

  private synchronized void requestCancel() {
    if (provisionalSeen) {
      sendCancel();
    } else {
      cancelWanted = true;
    }
  }

  private void sendCancel() {
    try {
      stack.newCancelTransaction(invite).sendRequest();
    } catch (SipException e) {
      // the INVITE transaction already completed: the final response decides the outcome
      LOG.log(Level.DEBUG, () -> "CANCEL not sent for Call-ID " + callId + ": " + e.getMessage());
    }
  }

  private void sendInDialog(Request request) {
    try {
      stack.provider().getNewClientTransaction(request).sendRequest();
    } catch (SipException e) {
      throw new IllegalStateException("cannot send " + request.getMethod() + " for " + callId, e);
    }
  }

  private void sendStateless(Request request) {
    try {
      stack.provider().sendRequest(request);
    } catch (SipException e) {
      throw new IllegalStateException("cannot send " + request.getMethod() + " for " + callId, e);
    }
  }

  private Duration sinceInvite() {
    return Duration.ofNanos(System.nanoTime() - inviteSentNanos);
  }
}
