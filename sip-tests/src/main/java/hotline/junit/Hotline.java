package hotline.junit;

import hotline.diagnostics.InvalidInputException;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.plan.SipUri;
import hotline.render.GenerateSettings;
import hotline.render.Generator;
import hotline.render.OutputFolder;
import hotline.render.Targets;
import hotline.request.RequestFiles;
import hotline.sip.CallCenter;
import hotline.sip.Caller;
import hotline.sut.EmbeddedKamailio;
import hotline.sut.SwitchException;
import hotline.verify.CallRecord;
import hotline.verify.TestCalls;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A running test bed for QA engineers' own tests: the requests' Kamailio office data running as a
 * local switch, a call center at its trunk gateway, and a caller. Place calls and assert on the
 * records with {@link HotlineAssertions}. Close it to stop everything (the JUnit extension does).
 */
public final class Hotline implements AutoCloseable {
  private final Plan plan;
  private final CallCenter callCenter;
  private final Caller caller;
  private final EmbeddedKamailio sut;
  private final TestCalls calls;

  private Hotline(Plan plan, CallCenter callCenter, Caller caller, EmbeddedKamailio sut) {
    this.plan = plan;
    this.callCenter = callCenter;
    this.caller = caller;
    this.sut = sut;
    this.calls = new TestCalls(caller, callCenter, sut.address());
  }

  /**
   * Starts a test bed for request files, in a work folder.
   *
   * @throws InvalidInputException for bad request files
   * @throws SwitchException when Kamailio cannot start
   */
  public static Hotline start(List<Path> requestFiles, Path workDir) throws InvalidInputException, SwitchException, IOException, OutputFolder.OutputRefused {
    Plan requested = new RequestFiles().load(requestFiles);
    CallCenter callCenter = CallCenter.open("127.0.0.1", 0);
    Caller caller = null;
    try {
      caller = Caller.open("127.0.0.1", 0);
      Plan plan = requested.withGateway(SipUri.parse("sip:" + callCenter.localAddress()));
      Path out = workDir.resolve("hotline");
      new Generator(Targets.installed()).write(plan, new GenerateSettings(requestFiles, List.of("kamailio"), out, Optional.empty(), 100), out);
      EmbeddedKamailio sut = EmbeddedKamailio.start(out.resolve("kamailio"), "127.0.0.1");
      return new Hotline(plan, callCenter, caller, sut);
    } catch (InvalidInputException | SwitchException | IOException | OutputFolder.OutputRefused | RuntimeException e) {
      if (caller != null) {
        caller.close();
      }
      callCenter.close();
      throw e;
    }
  }

  /** The plan, with every trunk pointed at this test bed's call center. */
  public Plan plan() {
    return plan;
  }

  /** The activation of a request id. */
  public Activation activation(String id) {
    return plan.activation(id).orElseThrow(() -> new IllegalArgumentException("no request '" + id + "' in " + plan.sources()));
  }

  /** The call center: program lines with {@code setNextCallBehaviour}, read arrivals. */
  public CallCenter callCenter() {
    return callCenter;
  }

  /** The running switch. */
  public EmbeddedKamailio switchUnderTest() {
    return sut;
  }

  /**
   * Places a call, waits for its end (at most {@code timeout}), hangs up if answered, and returns
   * its record, whose disposition names the line it reached (any line of the plan). The record
   * carries no expectation: assert with {@link HotlineAssertions}.
   */
  public CallRecord call(String callerNumber, String dialled, Duration timeout) {
    Set<String> anyLine = Set.copyOf(plan.activations().stream().flatMap(a -> a.huntGroup().lines().stream()).map(l -> l.national()).toList());
    return calls.complete("custom", "custom", "call from " + callerNumber, callerNumber, dialled, Optional.empty(), anyLine, timeout);
  }

  /** {@link #call(String, String, Duration)} with a 10-second limit. */
  public CallRecord call(String callerNumber, String dialled) {
    return call(callerNumber, dialled, Duration.ofSeconds(10));
  }

  @Override
  public void close() {
    try {
      caller.close();
    } finally {
      try {
        callCenter.close();
      } finally {
        sut.close();
      }
    }
  }
}
