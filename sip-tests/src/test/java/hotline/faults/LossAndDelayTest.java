package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.plan.Plan;
import hotline.plan.SipUri;
import hotline.render.GenerateSettings;
import hotline.render.Generator;
import hotline.render.OutputFolder;
import hotline.render.Targets;
import hotline.request.RequestFiles;
import hotline.sip.CallCenter;
import hotline.sip.Caller;
import hotline.sip.EndpointOptions;
import hotline.sip.Impairment;
import hotline.sip.SipAddress;
import hotline.sut.EmbeddedKamailio;
import hotline.verify.CallRecord;
import hotline.verify.CheckContext;
import hotline.verify.Progress;
import hotline.verify.ResultsCollector;
import hotline.verify.TestCalls;
import hotline.verify.Verdict;
import hotline.verify.Verifier;
import hotline.verify.VerifyResults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 5% packet loss and 50 ms delay each way ({@code tc netem}) between the harness and the switch:
 * Kamailio runs in a network namespace of its own, the caller and call center in the root
 * namespace on the other end of a veth pair. SIP's retransmissions carry the route and hunting
 * checks through, and the timings show the delay. Needs root and the netem qdisc; without them
 * the same loss and delay are applied to the datagrams the harness's own sockets send (the
 * caller's requests, the call center's answers), which exercises the same retransmissions.
 */
@Tag("kamailio")
class LossAndDelayTest {
  private static final List<String> NETEM = List.of("delay", "50ms", "loss", "5%");

  @TempDir Path temp;

  @Test
  void routeAndHuntingPassThroughLossAndDelay() throws Exception {
    NetworkNamespacePair.Result created = NetworkNamespacePair.create(NETEM);
    if (created.pair().isEmpty()) {
      System.out.println("LossAndDelayTest: no netem here (" + created.whyNot() + "); the same loss and delay are applied in the harness's own sockets instead");
      try (CallCenter center = CallCenter.open("127.0.0.1", 0, IMPAIRED);
          Caller caller = Caller.open("127.0.0.1", 0, IMPAIRED)) {
        check(center, caller, out -> EmbeddedKamailio.start(out, "127.0.0.1"));
      }
      return;
    }
    try (NetworkNamespacePair net = created.pair().get();
        CallCenter center = CallCenter.open(net.rootAddress, 0);
        Caller caller = Caller.open(net.rootAddress, 0)) {
      check(center, caller, out -> EmbeddedKamailio.start(out, new SipAddress(net.nsAddress, 5060), net.launcher(), 0));
    }
  }

  /** The harness's sockets lose 5% of what they send and send the rest 50 ms late. */
  private static final EndpointOptions IMPAIRED = EndpointOptions.CHECKS.over(new Impairment(5, Duration.ofMillis(50)));

  private interface SwitchStarter {
    EmbeddedKamailio start(Path kamailioDir) throws Exception;
  }

  private void check(CallCenter center, Caller caller, SwitchStarter starter) throws Exception {
    Path file = Checkout.fixture("requests/shandong.yaml");
    Path out = OutputFolder.check(temp.resolve("out"));
    Plan plan = new RequestFiles().load(List.of(file)).withGateway(SipUri.parse("sip:" + center.localAddress()));
    new Generator(Targets.installed()).write(plan, new GenerateSettings(List.of(file), List.of("kamailio"), out, Optional.empty(), 100), out);
    try (EmbeddedKamailio sut = starter.start(out.resolve("kamailio"))) {
      ResultsCollector collector = new ResultsCollector(sut.description(), plan.sources(), plan.activations().stream().map(a -> a.id()).toList(), Optional.empty());
      new Verifier(8).run(EnumSet.of(Check.ROUTE, Check.HUNTING), new CheckContext(plan, sut, new TestCalls(caller, center, sut.address()), Progress.NONE), collector);
      VerifyResults results = collector.snapshot(true);

      assertThat(results.checks()).allSatisfy(c -> assertThat(c.verdict()).as("%s %s: %s", c.check().id(), c.requestId(), c.failures()).isEqualTo(Verdict.PASSED));
      List<CallRecord> routed = results.calls().stream().filter(c -> c.check().equals("route")).toList();
      assertThat(routed).isNotEmpty().allSatisfy(c -> assertThat(c.inviteToAnswerMs().orElseThrow()).as("INVITE→200 of %s", c.callId()).isGreaterThanOrEqualTo(100));
      System.out.printf("loss and delay: INVITE→200 of the route calls: %s ms%n", routed.stream().map(c -> c.inviteToAnswerMs().orElseThrow()).toList());
    }
  }
}
