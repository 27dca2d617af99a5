package hotline.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxRateSearchTest {
  private static final int NONE_FAILED = Integer.MAX_VALUE;

  @Test
  void doublesWhileClean() {
    assertThat(MaxRateSearch.next(200, NONE_FAILED)).isEqualTo(400);
  }

  @Test
  void halvesTheIntervalAfterAFailure() {
    assertThat(MaxRateSearch.next(400, 800)).isEqualTo(600);
    assertThat(MaxRateSearch.next(600, 800)).isEqualTo(700);
  }

  @Test
  void stopsWithinFivePercent() {
    assertThat(MaxRateSearch.next(1000, 1040)).isNull();
    assertThat(MaxRateSearch.next(1000, 1100)).isEqualTo(1050);
  }

  @Test
  void goesDownWhenTheStartFails() {
    assertThat(MaxRateSearch.next(0, 200)).isEqualTo(100);
    assertThat(MaxRateSearch.next(0, 1)).isNull();
  }

  @Test
  void stopsAtTheCeiling() {
    assertThat(MaxRateSearch.next(MaxRateSearch.CEILING, NONE_FAILED)).isNull();
  }
}
