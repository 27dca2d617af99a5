package hotline.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SippStatisticsTest {
  private static final String HEADER = "StartTime;LastResetTime;CurrentTime;ElapsedTime(P);ElapsedTime(C);TargetRate;CallRate(P);CallRate(C);IncomingCall(P);IncomingCall(C);"
      + "OutgoingCall(P);OutgoingCall(C);TotalCallCreated;CurrentCall;SuccessfulCall(P);SuccessfulCall(C);FailedCall(P);FailedCall(C);FailedMaxUDPRetrans(P);FailedMaxUDPRetrans(C);"
      + "FailedUnexpectedMessage(P);FailedUnexpectedMessage(C);FailedTimeoutOnRecv(P);FailedTimeoutOnRecv(C);Retransmissions(P);Retransmissions(C);WatchdogMajor(P);WatchdogMajor(C);"
      + "WatchdogMinor(P);WatchdogMinor(C);ResponseTimesetup(P);ResponseTimesetup(C);";

  private static String row(String created, String ok, String failed, String retrans, String minor) {
    return "2026-12-03\t17:09:49.1;2026-12-03\t17:09:50.1;2026-12-03\t17:09:50.1;00:00:01:000000;00:00:10:000000;1000;998.0;997.6;0;0;"
        + "998;" + created + ";" + created + ";2;10;" + ok + ";0;" + failed + ";0;1;0;2;0;3;0;" + retrans + ";0;0;0;" + minor + ";00:00:00:004000;00:00:00:003000;";
  }

  @Test
  void readsTheCumulatedCountersOfTheLastRow() throws SippException {
    SippStatistics s = SippStatistics.parse("stat.csv", List.of(HEADER, row("500", "490", "2", "1", "0"), row("10000", "9994", "6", "7", "2"), ""));
    assertThat(s.created()).isEqualTo(10000);
    assertThat(s.successful()).isEqualTo(9994);
    assertThat(s.failed()).isEqualTo(6);
    assertThat(s.retransmissions()).isEqualTo(7);
    assertThat(s.watchdogMinor()).isEqualTo(2);
    assertThat(s.watchdogMajor()).isZero();
    assertThat(s.failedMaxRetransmissions()).isEqualTo(1);
    assertThat(s.failedUnexpected()).isEqualTo(2);
    assertThat(s.failedTimeouts()).isEqualTo(3);
  }

  @Test
  void aFileWithoutRowsIsAnError() {
    assertThatThrownBy(() -> SippStatistics.parse("stat.csv", List.of(HEADER)))
        .isInstanceOf(SippException.class)
        .hasMessageContaining("expected a header and at least one row in SIPp's statistics stat.csv, but got 1 line(s)");
  }

  @Test
  void aTruncatedRowIsAnError() {
    assertThatThrownBy(() -> SippStatistics.parse("stat.csv", List.of(HEADER, "2026;1;2")))
        .isInstanceOf(SippException.class)
        .hasMessageContaining("columns in the last row of stat.csv");
  }

  @Test
  void anUnknownCounterSaysSo() throws SippException {
    SippStatistics s = SippStatistics.parse("stat.csv", List.of(HEADER, row("1", "1", "0", "0", "0")));
    assertThatThrownBy(() -> s.count("NoSuchCounter")).hasMessage("expected a SIPp counter NoSuchCounter, but the statistics have none");
  }
}
