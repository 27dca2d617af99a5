package hotline.load;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code hotline load} and {@code hotline bench} as a black box: usage errors exit 2. */
class LoadCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anUnknownEngineIsAUsageError() {
    Run r = run("load", Checkout.fixture("load/three-areas-large-trunks.yaml").toString(), "--engine", "pjsip");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("hotline load: --engine: expected sipp or jain, but got 'pjsip'");
  }

  @Test
  void aZeroRateIsAUsageError() {
    Run r = run("load", Checkout.fixture("load/three-areas-large-trunks.yaml").toString(), "--cps", "0");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("--cps: expected 1-20000 calls per second, but got '0'");
  }

  @Test
  void verifyWithSippRefusesChecksThatProgramLines() {
    Run r = run("verify", Checkout.fixture("requests/guangdong.yaml").toString(), "--engine", "sipp", "--checks", "route,hunting");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("--engine sipp: expected checks among route, origin, exact-number", "[hunting]");
  }

  @Test
  void loadAndBenchAreListed() {
    Run r = run("--help");
    assertThat(r.out() + r.err()).contains("load", "bench", "verify");
  }
}
