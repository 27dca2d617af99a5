package hotline.verify;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.CallExpectation;
import hotline.plan.Check;
import hotline.plan.Outcome;
import hotline.plan.Plan;
import hotline.sip.Arrival;
import hotline.sip.CallOutcome;
import hotline.sip.LineBehaviour;
import hotline.sip.SipAddress;
import hotline.sipp.SippCall;
import hotline.sipp.SippException;
import hotline.sipp.SippLogs;
import hotline.sipp.SippMessageTrace;
import hotline.sipp.SippProcess;
import hotline.sipp.SippRunner;
import hotline.sipp.SippScenarios;
import hotline.sut.FreePorts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The plan's expected calls placed by SIPp: one SIPp call center at the trunk gateway for the
 * whole run (it knows every expected line and refuses a call at any other with 606), and one
 * short SIPp caller process per call ({@code -m 1}), in its own folder under {@code sipp/calls/}.
 * Dispositions come from the caller's RESULT line and the call center's ARRIVAL lines, judged
 * exactly as {@link TestCalls} judges JAIN-SIP calls; statuses, timings and the caller's side of
 * the ladder from the caller's message trace, the lines' side once the call center has stopped.
 */
public final class SippTestCalls implements ExpectedCallPlacer, AutoCloseable {
  /** The checks whose calls SIPp can place: the lines just answer. */
  public static final Set<Check> CHECKS = Set.of(Check.ROUTE, Check.ORIGIN, Check.EXACT_NUMBER);

  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private final Path dir;
  private final SipAddress switchAddress;
  private final SippProcess callCenter;
  private final SippScenarios scenarios = new SippScenarios();
  private final AtomicInteger sequence = new AtomicInteger();
  /** Each call's first caller message: the zero of its ladder. */
  private final Map<String, Instant> ladderZero = new ConcurrentHashMap<>();

  private SippTestCalls(Path dir, SipAddress switchAddress, SippProcess callCenter) {
    this.dir = dir;
    this.switchAddress = switchAddress;
    this.callCenter = callCenter;
  }

  /**
   * Starts the SIPp call center on {@code gatewayPort} for every expected call of {@code plan}.
   *
   * @param dir where SIPp's files go ({@code callcenter/}, {@code calls/})
   */
  public static SippTestCalls start(Path dir, Plan plan, int gatewayPort, SipAddress switchAddress) throws SippException, InterruptedException {
    List<SippCall> expected = new ArrayList<>();
    for (Activation a : plan.activations()) {
      for (CallExpectation e : a.expectations()) {
        if (CHECKS.contains(e.check())) {
          expected.add(new SippCall(e.caller().national(), e.dialled(), e.outcome().line().map(PhoneNumber::national)));
        }
      }
    }
    Path centerDir = dir.resolve("callcenter");
    try {
      new SippScenarios().writeCallCenter(centerDir, expected);
    } catch (IOException e) {
      throw new SippException("cannot write the SIPp call center into " + centerDir + ": " + e.getMessage(), e);
    }
    return new SippTestCalls(dir, switchAddress, new SippRunner().startCallCenter(centerDir, gatewayPort, true));
  }

  /** A free loopback port for the call center (the plan's gateway must point at it). */
  public static int freeGatewayPort() {
    return FreePorts.udp(LOOPBACK);
  }

  @Override
  public CallRecord complete(String check, String requestId, String scenario, String callerNumber, String dialled, Outcome expected, Set<String> allowedLines, Duration timeout) {
    Instant started = Instant.now();
    Path callDir = dir.resolve("calls").resolve(sequence.incrementAndGet() + "-" + check + "-" + requestId);
    Optional<String> expectedLine = expected.line().map(PhoneNumber::national);
    try {
      scenarios.writeCaller(callDir, "callers.csv", List.of(new SippCall(callerNumber, dialled, expectedLine)), 0);
      SippProcess caller = SippProcess.start("caller", callDir, List.of(
          switchAddress.host() + ":" + switchAddress.port(), "-sf", SippScenarios.CALLER, "-inf", "callers.csv",
          "-i", LOOPBACK, "-m", "1", "-r", "1",
          "-recv_timeout", Long.toString(timeout.toMillis()), "-timeout", timeout.plus(MARGIN).toSeconds() + "s",
          "-trace_err", "-error_file", SippRunner.ERRORS, "-trace_logs", "-log_file", SippRunner.CALL_LOG,
          "-trace_msg", "-message_file", SippRunner.MESSAGES, "-default_behaviors", "all,-abortunexp"));
      try {
        if (!caller.awaitExit(timeout.plus(MARGIN))) {
          caller.quit();
        }
      } finally {
        caller.close();
      }
      String callId = "1-" + caller.pid() + "@" + LOOPBACK;
      List<SippLogs.CallerResult> results = SippLogs.callerResults(callDir.resolve(SippRunner.CALL_LOG));
      List<SippMessageTrace.Message> trace = SippMessageTrace.read(callDir.resolve(SippRunner.MESSAGES), ZoneId.systemDefault());
      if (!trace.isEmpty()) {
        ladderZero.put(callId, trace.get(0).at());
      }
      Instant invited = firstInvite(trace).orElse(started);
      List<Arrival> arrivals = new ArrayList<>();
      List<Attempt> attempts = new ArrayList<>();
      for (SippLogs.LineArrival a : SippLogs.arrivals(callCenter.dir().resolve(SippRunner.CALL_LOG))) {
        if (a.callId().equals(callId)) {
          LineBehaviour behaviour = a.wrong() ? LineBehaviour.reject(606) : LineBehaviour.answer();
          long nanoTime = System.nanoTime() - Duration.between(a.at(), Instant.now()).toNanos();
          arrivals.add(new Arrival(a.line(), callId, nanoTime, a.at(), "sip:" + a.caller() + "@" + LOOPBACK, Optional.empty(), behaviour));
          // two processes' clocks read at different moments: never before the INVITE
          attempts.add(new Attempt(a.line(), Math.max(0, Duration.between(invited, a.at()).toMillis()), a.wrong() ? "refused as a wrong line (606)" : "answer"));
        }
      }
      CallOutcome outcome = results.isEmpty()
          ? new CallOutcome.TimedOut(timeout)
          : results.get(0).status() == 200 ? new CallOutcome.Answered(200) : new CallOutcome.Rejected(results.get(0).status(), "");
      Disposition disposition = TestCalls.disposition(outcome, arrivals, allowedLines);
      Verdict verdict = TestCalls.meets(disposition, expected) ? Verdict.PASSED : Verdict.FAILED;
      List<Integer> statuses = trace.stream().filter(m -> !m.sent() && m.status() > 0 && m.cseqMethod().equals("INVITE")).map(SippMessageTrace.Message::status).toList();
      return new CallRecord(check, requestId, scenario, callId, callerNumber, dialled, expected.toString(), disposition, verdict, statuses, attempts,
          sinceInvite(trace, s -> s == 180), sinceInvite(trace, s -> s >= 200 && s < 300), OptionalLong.empty(), started, ladder(trace));
    } catch (SippException | IOException e) {
      throw new IllegalStateException("SIPp could not place the call " + callerNumber + " -> " + dialled + " (" + callDir + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while SIPp placed " + callerNumber + " -> " + dialled, e);
    }
  }

  /** When the caller sent its (first) INVITE. */
  static Optional<Instant> firstInvite(List<SippMessageTrace.Message> trace) {
    return trace.stream().filter(m -> m.sent() && m.firstLine().startsWith("INVITE ")).map(SippMessageTrace.Message::at).findFirst();
  }

  /** Milliseconds from the first INVITE sent to the first INVITE response whose status passes {@code status}. */
  static OptionalLong sinceInvite(List<SippMessageTrace.Message> trace, IntPredicate status) {
    Optional<Instant> invite = firstInvite(trace);
    Optional<Instant> response = trace.stream()
        .filter(m -> !m.sent() && m.cseqMethod().equals("INVITE") && status.test(m.status()))
        .map(SippMessageTrace.Message::at)
        .findFirst();
    return invite.isPresent() && response.isPresent() ? OptionalLong.of(Duration.between(invite.get(), response.get()).toMillis()) : OptionalLong.empty();
  }

  /**
   * Stops the call center, whose message trace SIPp writes out only as it exits, and returns what
   * adds its messages (switch ⇄ line) to the ladder of each call it took.
   */
  public UnaryOperator<CallRecord> stopAndAddLineSide() throws SippException {
    close();
    Path trace = callCenter.dir().resolve(SippRunner.MESSAGES);
    Map<String, List<SippMessageTrace.Message>> byCall;
    try {
      byCall = SippMessageTrace.read(trace, ZoneId.systemDefault()).stream()
          .collect(Collectors.groupingBy(SippMessageTrace.Message::callId, LinkedHashMap::new, Collectors.toList()));
    } catch (IOException e) {
      throw new SippException("cannot read the SIPp call center's message trace " + trace + ": " + e.getMessage(), e);
    }
    return r -> {
      Instant zero = ladderZero.get(r.callId());
      List<SippMessageTrace.Message> lineSide = byCall.getOrDefault(r.callId(), List.of());
      return zero == null || lineSide.isEmpty() ? r : r.withMessages(withLineSide(r.messages(), lineSide, zero));
    };
  }

  /**
   * The caller's ladder with the call center's messages merged in, in time order. Two SIPp
   * processes stamp a message when they write it to their trace, which on a busy machine can be
   * after the far end has already written it down; so no line-side message is placed before the
   * caller's first message, and at equal times the caller's side comes first.
   */
  static List<LadderMessage> withLineSide(List<LadderMessage> callerSide, List<SippMessageTrace.Message> lineSide, Instant zero) {
    List<LadderMessage> all = new ArrayList<>(callerSide);
    Map<String, String> lineByBranch = new HashMap<>();
    for (SippMessageTrace.Message m : lineSide) {
      String line = TestCalls.lineOf(m.firstLine(), m.raw(), lineByBranch);
      double atMs = Math.max(0, Duration.between(zero, m.at()).toNanos() / 1e6);
      all.add(new LadderMessage(atMs, m.sent() ? line : "switch", m.sent() ? "switch" : line, m.firstLine(), m.raw()));
    }
    all.sort(Comparator.comparingDouble(LadderMessage::atMs));
    return all;
  }

  /**
   * The caller's side of the ladder: caller ⇄ switch. The lines' side is added when the call
   * center has stopped ({@link #stopAndAddLineSide()}): SIPp writes its trace out only as it exits.
   */
  static List<LadderMessage> ladder(List<SippMessageTrace.Message> trace) {
    if (trace.isEmpty()) {
      return List.of();
    }
    Instant first = trace.get(0).at();
    return trace.stream()
        .map(m -> new LadderMessage(Duration.between(first, m.at()).toNanos() / 1e6, m.sent() ? "caller" : "switch", m.sent() ? "switch" : "caller", m.firstLine(), m.raw()))
        .toList();
  }

  /** Stops the call center. */
  @Override
  public void close() {
    try {
      callCenter.quit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callCenter.close();
    }
  }
}
