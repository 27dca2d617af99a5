package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.Checkout;
import hotline.sip.CallCenter;
import hotline.sip.Caller;
import hotline.verify.CallRecord;
import hotline.verify.TestCalls;
import hotline.verify.VerifyRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A switch that answers with malformed or unexpected SIP: each answer ends its call in a
 * disposition, and a verify run against such a switch ends with a verdict and its results, never
 * with an exception.
 */
class MalformedSwitchAnswersTest {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

  private static CallCenter center;
  private static Caller caller;

  @TempDir Path temp;

  @BeforeAll
  static void openEndpoints() {
    center = CallCenter.open("127.0.0.1", 0);
    caller = Caller.open("127.0.0.1", 0);
  }

  @AfterAll
  static void closeEndpoints() {
    caller.close();
    center.close();
  }

  @ParameterizedTest
  @EnumSource(SwitchFault.class)
  void eachFaultIsADisposition(SwitchFault fault) throws Exception {
    try (FaultySwitch sw = FaultySwitch.start(List.of(fault))) {
      TestCalls calls = new TestCalls(caller, center, sw.address());
      CallRecord r = calls.complete("route", "faults", fault.name(), "02012345678", "12333", Optional.empty(), Set.of("02083333333"), CALL_TIMEOUT);

      assertThat(r.disposition().kind()).as(r.disposition().describe()).isEqualTo(fault.disposition);
      if (fault == SwitchFault.NO_CONTACT) {
        assertThat(r.disposition().describe()).contains("answered 200", "Contact");
      }
      if (fault == SwitchFault.NO_TO_TAG) {
        assertThat(r.disposition().describe()).contains("answered 200", "To tag");
      }
      if (fault == SwitchFault.GARBAGE) {
        assertThat(r.messages()).as("the mangled status line is evidence, not a crash").anySatisfy(m -> assertThat(m.firstLine()).isEqualTo("SIP/2.0 2OO OK"));
      }
      if (fault == SwitchFault.REDIRECT_302 || fault == SwitchFault.SERVER_ERROR_500) {
        assertThat(r.disposition().describe()).isEqualTo("rejected with " + fault.name().substring(fault.name().length() - 3));
      }
      // the caller survives the fault: the next call on the same stack gets its plain 404
      CallRecord next = calls.complete("route", "faults", "after " + fault.name(), "02012345678", "12333", Optional.empty(), Set.of(), CALL_TIMEOUT);
      assertThat(next.disposition().describe()).isEqualTo("rejected with 404");
    }
  }

  @Test
  void verifyAgainstAFaultySwitchEndsWithEveryCallRecorded() throws Exception {
    try (FaultySwitch sw = FaultySwitch.start(List.of(SwitchFault.values()))) {
      Path out = temp.resolve("out");
      CliRun run = CliRun.of("verify", Checkout.fixture("requests/guangdong.yaml").toString(), "--sut", "udp:" + sw.address(), "--checks", "route,origin,exact-number", "--out", out.toString());

      assertThat(run.exit()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).doesNotContain("Exception", "unexpectedly");
      JsonNode results = new ObjectMapper().readTree(out.resolve(VerifyRun.RESULTS).toFile());
      assertThat(results.get("complete").asBoolean()).isTrue();
      Map<String, String> dispositionByCallId = new HashMap<>();
      results.get("calls").forEach(c -> dispositionByCallId.put(c.get("call_id").asText(), c.get("disposition").asText()));
      Map<String, SwitchFault> met = sw.faultsByCallId();
      assertThat(met.values()).as("every fault met a call").containsExactlyInAnyOrderElementsOf(EnumSet.allOf(SwitchFault.class));
      met.forEach((callId, fault) -> assertThat(dispositionByCallId.get(callId)).as("%s (Call-ID %s)", fault, callId).isEqualTo(fault.disposition));
      assertThat(dispositionByCallId.values()).as("calls after the script ran out are plain 404s").filteredOn("rejected"::equals).hasSizeGreaterThan(2);
    }
  }
}
