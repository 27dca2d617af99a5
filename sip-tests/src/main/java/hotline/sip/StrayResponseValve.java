package hotline.sip;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPMessageValve;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sip.SipStack;
import javax.sip.message.Response;

/**
 * Hands a response that matches no client transaction (a 2xx retransmitted after its INVITE
 * transaction ended, the answer to a stateless request) straight to the endpoint, as JAIN-SIP
 * itself would in the end, but without its detour: JAIN-SIP first compares such a response with
 * every client transaction it holds, one by one. Under load that is tens of thousands of string
 * comparisons for each late 2xx, and a short stall of the generator (a pause, a burst) turns into
 * more retransmissions, more of these searches, and a collapse.
 *
 * <p>Only responses with an RFC 3261 branch are handed over: for them the search can never find
 * anything the transaction table's lookup by branch did not. JAIN-SIP creates the valve by name
 * (SIP_MESSAGE_VALVE) with no arguments, so endpoints register where their strays go by stack.
 */
public final class StrayResponseValve implements SIPMessageValve {

  private static final String RFC_3261_BRANCH = "z9hg4bk";
  private static final Map<SipStack, Consumer<Response>> ENDPOINTS = new ConcurrentHashMap<>();

  private volatile SipStack owner;
  private volatile SIPTransactionStack stack;

  /** JAIN-SIP creates the valve by class name. */
  public StrayResponseValve() {
    // configured in init
  }

  /** Where {@code stack}'s stray responses go from now on. */
  static void register(SipStack stack, Consumer<Response> endpoint) {
    ENDPOINTS.put(stack, endpoint);
  }

  /** Forgets {@code stack}: it stopped. */
  static void unregister(SipStack stack) {
    ENDPOINTS.remove(stack);
  }

  @Override
  public void init(SipStack sipStack) {
    this.owner = sipStack;
    this.stack = (SIPTransactionStack) sipStack;
  }

  @Override
  public boolean processRequest(SIPRequest request, MessageChannel messageChannel) {
    return true;
  }

  @Override
  public boolean processResponse(Response response, MessageChannel messageChannel) {
    SIPTransactionStack sipStack = stack;
    String key = ((SIPResponse) response).getTransactionId();
    if (sipStack == null || !key.startsWith(RFC_3261_BRANCH) || sipStack.findTransaction(key, false) != null) {
      return true; // JAIN-SIP's own path: a transaction's response, or an old-style branch
    }
    Consumer<Response> endpoint = ENDPOINTS.get(sipStack);
    if (endpoint == null) {
      return true;
    }
    endpoint.accept(response);
    return false;
  }

  @Override
  public void destroy() {
    SipStack sipStack = owner;
    if (sipStack != null) {
      unregister(sipStack);
    }
  }
}
