package hotline.verify;

import hotline.plan.Outcome;
import hotline.sip.Arrival;
import hotline.sip.Call;
import hotline.sip.CallCenter;
import hotline.sip.CallOutcome;
import hotline.sip.Caller;
import hotline.sip.LineBehaviour;
import hotline.sip.LoggedMessage;
import hotline.sip.SipAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places test calls through the switch and turns what the caller and the call center saw into
 * {@link CallRecord}s with a {@link Disposition} and a {@link Verdict}.
 */
public final class TestCalls implements ExpectedCallPlacer {
  /** How long to wait for the BYE's answer when hanging up. */
  static final Duration HANG_UP = Duration.ofSeconds(5);

  private static final Pattern BRANCH = Pattern.compile("(?im)^Via:[^\\r\\n]*?;branch=([^;,\\s]+)");
  /** A response's status line; anything else on the wire (garbage from a broken switch) is skipped. */
  private static final Pattern STATUS_LINE = Pattern.compile("^SIP/2\\.0 ([1-6][0-9]{2})(?: .*)?$");
  private static final Pattern REQUEST_USER = Pattern.compile("^[A-Z]+ sips?:([^@;>\\s]+)@");

  private final Caller caller;
  private final CallCenter callCenter;
  private final SipAddress switchAddress;

  public TestCalls(Caller caller, CallCenter callCenter, SipAddress switchAddress) {
    this.caller = caller;
    this.callCenter = callCenter;
    this.switchAddress = switchAddress;
  }

  public CallCenter callCenter() {
    return callCenter;
  }

  /** A call in progress with what the check expects of it. */
  public record Placed(Call call, String check, String requestId, String scenario, String callerNumber, String dialled, Optional<Outcome> expected, Set<String> allowedLines, Instant started) {}

  /** Sends the INVITE. */
  public Placed dial(String check, String requestId, String scenario, String callerNumber, String dialled, Outcome expected, Set<String> allowedLines) {
    return dial(check, requestId, scenario, callerNumber, dialled, Optional.of(expected), allowedLines);
  }

  /** Sends the INVITE of a call with no expectation (a QA engineer's own call, judged by assertions). */
  public Placed dial(String check, String requestId, String scenario, String callerNumber, String dialled, Optional<Outcome> expected, Set<String> allowedLines) {
    Instant started = Instant.now();
    Call call = caller.dial(callerNumber, dialled, switchAddress);
    return new Placed(call, check, requestId, scenario, callerNumber, dialled, expected, Set.copyOf(allowedLines), started);
  }

  /** Waits for the final response; an answered call stays up. */
  public static CallOutcome awaitFinal(Placed p, Duration timeout) {
    return p.call().awaitFinal(timeout);
  }

  /** Hangs up an answered call; failures to hang up are part of the call's evidence, not errors. */
  public static void hangUpQuietly(Placed p, CallOutcome outcome) {
    hangUpQuietly(p, outcome, HANG_UP);
  }

  /** Hangs up an answered call, waiting at most {@code timeout} for the BYE's answer. */
  static void hangUpQuietly(Placed p, CallOutcome outcome, Duration timeout) {
    if (outcome instanceof CallOutcome.Answered) {
      try {
        p.call().hangUp(timeout);
      } catch (RuntimeException e) {
        // the record still shows the answered call; a lost BYE shows in its messages
      }
    }
  }

  /** Places a call, waits for its end, hangs up, and records it. */
  @Override
  public CallRecord complete(String check, String requestId, String scenario, String callerNumber, String dialled, Outcome expected, Set<String> allowedLines, Duration timeout) {
    return complete(check, requestId, scenario, callerNumber, dialled, Optional.of(expected), allowedLines, timeout);
  }

  /** Places a call, waits for its end, hangs up, and records it; no expectation gives verdict not-run. */
  public CallRecord complete(String check, String requestId, String scenario, String callerNumber, String dialled, Optional<Outcome> expected, Set<String> allowedLines, Duration timeout) {
    Placed p = dial(check, requestId, scenario, callerNumber, dialled, expected, allowedLines);
    CallOutcome outcome = awaitFinal(p, timeout);
    hangUpQuietly(p, outcome);
    return record(p, outcome);
  }

  /** The record of a call that has its outcome. */
  public CallRecord record(Placed p, CallOutcome outcome) {
    String callId = p.call().callId();
    List<LoggedMessage> callerMessages = caller.messageLog().forCallId(callId);
    List<LoggedMessage> lineMessages = callCenter.messageLog().forCallId(callId);
    long inviteNanos =
        callerMessages.stream()
            .filter(m -> m.direction() == LoggedMessage.Direction.SENT && m.firstLine().startsWith("INVITE"))
            .mapToLong(LoggedMessage::nanoTime)
            .findFirst()
            .orElse(System.nanoTime());
    List<Arrival> arrivals = callCenter.arrivals(callId);
    List<Attempt> attempts = new ArrayList<>();
    for (Arrival a : arrivals) {
      attempts.add(new Attempt(a.line(), (a.nanoTime() - inviteNanos) / 1_000_000, describe(a.behaviour())));
    }
    Disposition disposition = disposition(outcome, arrivals, p.allowedLines());
    Verdict verdict = p.expected().map(e -> meets(disposition, e) ? Verdict.PASSED : Verdict.FAILED).orElse(Verdict.NOT_RUN);
    List<Integer> statuses =
        callerMessages.stream()
            .filter(m -> m.direction() == LoggedMessage.Direction.RECEIVED && m.cseqMethod().equals("INVITE"))
            .map(m -> STATUS_LINE.matcher(m.firstLine()))
            .filter(Matcher::matches)
            .map(m -> Integer.parseInt(m.group(1)))
            .toList();
    var timings = p.call().timings();
    OptionalLong failover = attempts.size() >= 2 ? OptionalLong.of(attempts.get(1).atMs() - attempts.get(0).atMs()) : OptionalLong.empty();
    return new CallRecord(
        p.check(), p.requestId(), p.scenario(), callId, p.callerNumber(), p.dialled(), p.expected().map(Outcome::toString).orElse("no expectation"), disposition, verdict, statuses, attempts,
        timings.inviteToRinging().map(d -> OptionalLong.of(d.toMillis())).orElse(OptionalLong.empty()),
        timings.inviteToAnswer().map(d -> OptionalLong.of(d.toMillis())).orElse(OptionalLong.empty()),
        failover, p.started(), ladder(callerMessages, lineMessages));
  }

  /** Names how a call ended: an offer to a line the check did not allow wins over everything. */
  static Disposition disposition(CallOutcome outcome, List<Arrival> arrivals, Set<String> allowed) {
    for (Arrival a : arrivals) {
      if (!allowed.contains(a.line())) {
        return new Disposition.UnexpectedLine(a.line());
      }
    }
    if (outcome instanceof CallOutcome.Answered) {
      return arrivals.isEmpty()
          ? new Disposition.UnexpectedLine("(answered by the switch itself)")
          : new Disposition.AnsweredAt(arrivals.get(arrivals.size() - 1).line());
    }
    if (outcome instanceof CallOutcome.Rejected r) {
      return new Disposition.Rejected(r.status());
    }
    if (outcome instanceof CallOutcome.Malformed m) {
      return new Disposition.MalformedAnswer(m.status(), m.problem());
    }
    return new Disposition.TimedOut(((CallOutcome.TimedOut) outcome).waited().toMillis());
  }

  static boolean meets(Disposition d, Outcome expected) {
    if (expected.answered()) {
      return d instanceof Disposition.AnsweredAt a && a.line().equals(expected.line().orElseThrow().national());
    }
    return d instanceof Disposition.Rejected r && r.status() == expected.code();
  }

  static String describe(LineBehaviour b) {
    if (b instanceof LineBehaviour.Answer a) {
      return a.ringing().isZero() ? "answer" : "ring " + a.ringing().toMillis() + " ms, then answer";
    }
    if (b instanceof LineBehaviour.Reject r) {
      return r.status() == 486 ? "busy (486)" : "reject (" + r.status() + ")";
    }
    return "no answer";
  }

  /** The call's messages at both ends as one ladder: caller ⇄ switch ⇄ lines. */
  static List<LadderMessage> ladder(List<LoggedMessage> callerSide, List<LoggedMessage> lineSide) {
    record Entry(long nanos, String from, String to, LoggedMessage m) {}
    List<Entry> entries = new ArrayList<>();
    for (LoggedMessage m : callerSide) {
      boolean sent = m.direction() == LoggedMessage.Direction.SENT;
      entries.add(new Entry(m.nanoTime(), sent ? "caller" : "switch", sent ? "switch" : "caller", m));
    }
    Map<String, String> lineByBranch = new HashMap<>();
    for (LoggedMessage m : lineSide) {
      String line = lineOf(m, lineByBranch);
      boolean sent = m.direction() == LoggedMessage.Direction.SENT;
      entries.add(new Entry(m.nanoTime(), sent ? line : "switch", sent ? "switch" : line, m));
    }
    entries.sort(Comparator.comparingLong(Entry::nanos));
    long start = entries.isEmpty() ? 0 : entries.get(0).nanos();
    return entries.stream()
        .map(e -> new LadderMessage((e.nanos() - start) / 1e6, e.from(), e.to(), e.m().firstLine(), e.m().raw()))
        .toList();
  }

  /** The line a call-center message belongs to: the Request-URI user, or its branch's request's. */
  private static String lineOf(LoggedMessage m, Map<String, String> lineByBranch) {
    return lineOf(m.firstLine(), m.raw(), lineByBranch);
  }

  /** The same for a message given by its first line and text (SIPp's message trace). */
  static String lineOf(String firstLine, String raw, Map<String, String> lineByBranch) {
    Matcher b = BRANCH.matcher(raw);
    String branch = b.find() ? b.group(1) : "";
    Matcher u = REQUEST_USER.matcher(firstLine);
    if (u.find()) {
      String line = "line " + u.group(1);
      lineByBranch.put(branch, line);
      return line;
    }
    return lineByBranch.getOrDefault(branch, "call center");
  }
}
