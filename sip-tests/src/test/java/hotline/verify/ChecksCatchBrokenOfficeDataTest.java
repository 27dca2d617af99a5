package hotline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.plan.Plan;
import hotline.plan.SipUri;
import hotline.render.GenerateSettings;
import hotline.render.Generator;
import hotline.render.Targets;
import hotline.request.RequestFiles;
import hotline.sip.CallCenter;
import hotline.sip.Caller;
import hotline.sut.EmbeddedKamailio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks fail loudly when the office data is wrong: the generated dialplan is broken on
 * purpose (a wrong bound number, a missing request, a channel too many) and the matching check
 * must fail with the disposition that names the fault.
 */
@Tag("kamailio")
class ChecksCatchBrokenOfficeDataTest {
  @TempDir Path temp;

  @Test
  void aWrongBoundNumberIsAnArrivalAtAnUnexpectedLine() throws Exception {
    List<CheckResult> results = run(dialplan -> dialplan.replace("id=guangzhou;lines=02083333333|", "id=guangzhou;lines=075588812333|"), Set.of(Check.ROUTE));
    CheckResult guangzhou = find(results, Check.ROUTE, "guangzhou");
    assertThat(guangzhou.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(guangzhou.failures()).allMatch(f -> f.contains("arrived at an unexpected line 075588812333"));
    assertThat(find(results, Check.ROUTE, "shenzhen").verdict()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void aMissingRequestIsRejectedInsteadOfRouted() throws Exception {
    List<CheckResult> results = run(dialplan -> dialplan.lines().filter(l -> !l.contains("id=foshan;")).reduce("", (a, b) -> a + b + "\n"), Set.of(Check.ROUTE));
    CheckResult foshan = find(results, Check.ROUTE, "foshan");
    assertThat(foshan.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(foshan.failures()).allMatch(f -> f.contains("rejected with 404"));
  }

  @Test
  void aTrunkThatCarriesOneCallTooManyFailsCapacity() throws Exception {
    List<CheckResult> results = run(dialplan -> dialplan.replaceAll("(id=guangzhou;[^\\n]*;ch=)3;", "$14;"), Set.of(Check.CAPACITY));
    CheckResult guangzhou = find(results, Check.CAPACITY, "guangzhou");
    assertThat(guangzhou.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(guangzhou.failures()).anyMatch(f -> f.startsWith("every channel in use, one call more: expected rejected with 503, but the call was answered"));
  }

  private List<CheckResult> run(UnaryOperator<String> breakDialplan, Set<Check> checks) throws Exception {
    Path file = Checkout.fixture("requests/guangdong.yaml");
    Plan requested = new RequestFiles().load(List.of(file));
    try (CallCenter center = CallCenter.open("127.0.0.1", 0);
        Caller caller = Caller.open("127.0.0.1", 0)) {
      Plan plan = requested.withGateway(SipUri.parse("sip:" + center.localAddress()));
      Path out = temp.resolve("out");
      new Generator(Targets.installed()).write(plan, new GenerateSettings(List.of(file), List.of("kamailio"), out, Optional.empty(), 100), out);
      Path dialplan = out.resolve("kamailio/db/dialplan");
      String original = Files.readString(dialplan, StandardCharsets.UTF_8);
      String broken = breakDialplan.apply(original);
      assertThat(broken).as("the fault was injected").isNotEqualTo(original);
      Files.writeString(dialplan, broken, StandardCharsets.UTF_8);
      try (EmbeddedKamailio sut = EmbeddedKamailio.start(out.resolve("kamailio"), "127.0.0.1")) {
        ResultsCollector collector = new ResultsCollector(sut.description(), plan.sources(), plan.activations().stream().map(a -> a.id()).toList(), Optional.empty());
        new Verifier(4).run(checks, new CheckContext(plan, sut, new TestCalls(caller, center, sut.address()), Progress.NONE), collector);
        return collector.snapshot(true).checks();
      }
    }
  }

  private static CheckResult find(List<CheckResult> results, Check check, String id) {
    return results.stream().filter(r -> r.check() == check && r.requestId().equals(id)).findFirst().orElseThrow();
  }
}
