package hotline.sip;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * What an endpoint needs to send requests inside a confirmed dialog (ACK for 2xx, BYE), built by
 * hand from the INVITE or its 2xx because the stacks run without JAIN-SIP's dialog layer. Only
 * loose routing ({@code ;lr}) is supported, as every current proxy does.
 *
 * @param routeSet the Route headers to put in requests, in order
 */
record DialogPath(
    String callId,
    Address local,
    String localTag,
    Address remote,
    String remoteTag,
    URI remoteTarget,
    List<Address> routeSet) {

  private static final int MAX_FORWARDS = 70;

  DialogPath {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(localTag, "localTag");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(remoteTag, "remoteTag");
    Objects.requireNonNull(remoteTarget, "remoteTarget");
    routeSet = List.copyOf(routeSet);
    if (!routeSet.isEmpty()
        && routeSet.get(0).getURI() instanceof SipURI first
        && !first.hasLrParam()) {
      throw new IllegalArgumentException(
          "expected loose routing (;lr) on the first route, but got '" + routeSet.get(0) + "'");
    }
  }

  /** The caller's side, from the 2xx to its INVITE: route set is the Record-Route reversed. */
  static DialogPath ofAnswer(Response answer) {
    FromHeader from = (FromHeader) answer.getHeader(FromHeader.NAME);
    ToHeader to = (ToHeader) answer.getHeader(ToHeader.NAME);
    List<Address> routes = recordRoutes(answer);
    Collections.reverse(routes);
    return new DialogPath(
        callId(answer),
        copy(from.getAddress()),
        from.getTag(),
        copy(to.getAddress()),
        requireTag(to.getTag(), "To tag of the 2xx"),
        contact(answer),
        routes);
  }

  /** The called side, from the INVITE it answers with {@code localTag}: Record-Route in order. */
  static DialogPath ofInvite(Request invite, String localTag) {
    FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
    ToHeader to = (ToHeader) invite.getHeader(ToHeader.NAME);
    return new DialogPath(
        callId(invite),
        copy(to.getAddress()),
        localTag,
        copy(from.getAddress()),
        requireTag(from.getTag(), "From tag of the INVITE"),
        contact(invite),
        recordRoutes(invite));
  }

  /** A new in-dialog request (ACK, BYE) from the local side, with a fresh Via branch. */
  Request newRequest(SipEndpointStack stack, String method, long cseq) {
    HeaderFactory headers = stack.headerFactory();
    try {
      Request request =
          stack
              .messageFactory()
              .createRequest(
                  (URI) remoteTarget.clone(),
                  method,
                  headers.createCallIdHeader(callId),
                  headers.createCSeqHeader(cseq, method),
                  headers.createFromHeader(copy(local), localTag),
                  headers.createToHeader(copy(remote), remoteTag),
                  new ArrayList<>(List.of(stack.newVia())),
                  headers.createMaxForwardsHeader(MAX_FORWARDS));
      for (Address route : routeSet) {
        request.addHeader(headers.createRouteHeader(copy(route)));
      }
      return request;
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalStateException("cannot build " + method + " for Call-ID " + callId, e);
    }
  }

  private static String callId(Message message) {
    return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
  }

  private static URI contact(Message message) {
    ContactHeader contact = (ContactHeader) message.getHeader(ContactHeader.NAME);
    if (contact == null) {
      throw new IllegalArgumentException(
          "expected a Contact in the dialog-creating message, but got none: " + message);
    }
    return (URI) contact.getAddress().getURI().clone();
  }

  private static List<Address> recordRoutes(Message message) {
    List<Address> routes = new ArrayList<>();
    ListIterator<?> headers = message.getHeaders(RecordRouteHeader.NAME);
    while (headers.hasNext()) {
      routes.add(copy(((RecordRouteHeader) headers.next()).getAddress()));
    }
    return routes;
  }

  private static String requireTag(String tag, String what) {
    if (tag == null || tag.isEmpty()) {
      throw new IllegalArgumentException("expected a " + what + ", but got none");
    }
    return tag;
  }

  private static Address copy(Address address) {
    return (Address) address.clone();
  }
}
