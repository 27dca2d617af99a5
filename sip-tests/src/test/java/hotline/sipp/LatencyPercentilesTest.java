package hotline.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyPercentilesTest {
  @Test
  void percentilesOfOneToAThousandMilliseconds() {
    Histogram h = LatencyPercentiles.newHistogram();
    for (int ms = 1; ms <= 1000; ms++) {
      LatencyPercentiles.recordNanos(h, ms * 1_000_000L);
    }
    LatencyPercentiles p = LatencyPercentiles.of(h);
    assertThat(p.count()).isEqualTo(1000);
    // three significant digits: within 0.1 %
    assertThat(p.p50Ms()).isCloseTo(500, within(0.5));
    assertThat(p.p95Ms()).isCloseTo(950, within(1.0));
    assertThat(p.p99Ms()).isCloseTo(990, within(1.0));
    assertThat(p.maxMs()).isCloseTo(1000, within(1.0));
  }

  @Test
  void aSlowTailShowsInP99AndMaxOnly() {
    Histogram h = LatencyPercentiles.newHistogram();
    for (int i = 0; i < 990; i++) {
      LatencyPercentiles.recordNanos(h, 2_000_000L);
    }
    for (int i = 0; i < 10; i++) {
      LatencyPercentiles.recordNanos(h, 250_000_000L);
    }
    LatencyPercentiles p = LatencyPercentiles.of(h);
    assertThat(p.p50Ms()).isCloseTo(2, within(0.01));
    assertThat(p.p95Ms()).isCloseTo(2, within(0.01));
    assertThat(p.p99Ms()).isCloseTo(2, within(0.01));
    assertThat(p.maxMs()).isCloseTo(250, within(0.3));
  }

  @Test
  void noValuesGiveZeros() {
    assertThat(LatencyPercentiles.of(LatencyPercentiles.newHistogram())).isEqualTo(LatencyPercentiles.NONE);
  }

  @Test
  void percentilesMustBeOrdered() {
    assertThatThrownBy(() -> new LatencyPercentiles(3, 5, 4, 6, 7)).hasMessageContaining("expected 0 <= p50 <= p95 <= p99 <= max");
  }

  @Test
  void sippResponseTimesOfTheSetupTimerOnly() {
    Histogram h = LatencyPercentiles.newHistogram();
    List<String> lines = new ArrayList<>(List.of("Date_ms;response_time_ms;rtd_no"));
    for (int i = 0; i < 100; i++) {
      lines.add((1000 + i * 10) + ".001;" + (i < 95 ? 4 : 40) + ";setup");
      lines.add((1000 + i * 10) + ".002;999;other");
    }
    SippRtt.Measures m = SippRtt.addTo(h, "caller_1_rtt.csv", lines, "setup");
    assertThat(m.count()).isEqualTo(100);
    assertThat(m.spanSeconds()).isCloseTo(1.0, within(0.001));
    LatencyPercentiles p = LatencyPercentiles.of(h);
    assertThat(p.p50Ms()).isCloseTo(4, within(0.01));
    assertThat(p.p95Ms()).isCloseTo(4, within(0.01));
    assertThat(p.p99Ms()).isCloseTo(40, within(0.05));
    assertThat(p.maxMs()).isCloseTo(40, within(0.05));
  }

  @Test
  void aBrokenResponseTimeLineNamesFileAndLine() {
    assertThatThrownBy(() -> SippRtt.addTo(LatencyPercentiles.newHistogram(), "caller_1_rtt.csv", List.of("Date_ms;response_time_ms;rtd_no", "12;x;setup"), "setup"))
        .hasMessage("caller_1_rtt.csv:2: expected Date_ms;response_time_ms as numbers, but got '12;x;setup'");
  }
}
