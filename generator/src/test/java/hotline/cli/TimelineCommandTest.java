package hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Fixtures;
import hotline.calendar.CalendarYearMissingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hotline timeline} as a black box: exit codes and text. */
class TimelineCommandTest {
  private static final String GUANGDONG = Fixtures.fixtures().resolve("requests/guangdong.yaml").toString();

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void printsTheTableInChineseByDefaultWithTheCountingRule() {
    assertThat(run("timeline", GUANGDONG, "--on", "2026-12-03")).isZero();
    assertThat(out.toString())
        .startsWith("基准日：2026-12-03\n")
        .contains("guangzhou  制作局数据并开通号码        2026-11-23  2026-12-07  按期完成")
        .contains("shenzhen   制作局数据并开通号码        2026-11-25  2026-12-09  未到期，剩余4个工作日")
        .contains("收到之日不计入");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void printsEnglishOnRequest() {
    assertThat(run("timeline", GUANGDONG, "--on", "2026-12-03", "--lang", "en")).isZero();
    assertThat(out.toString()).startsWith("On 2026-12-03\n").contains("The day of receipt is not counted");
  }

  @Test
  void exitsOneWhenADeadlineIsOverdue() {
    assertThat(run("timeline", GUANGDONG, "--on", "2026-12-10", "--lang", "en")).isEqualTo(Main.CHECKS_FAILED);
    assertThat(out.toString()).contains("shenzhen   office data made and number opened").contains("overdue");
  }

  @Test
  void aYearTheCalendarLacksIsInvalidInputAndSaysHowToAddIt() throws IOException {
    Path request = december();
    assertThat(run("timeline", request.toString(), "--on", "2026-12-30")).isEqualTo(Main.INVALID);
    assertThat(err.toString()).contains("no working-day calendar for 2027").contains("--calendar FILE").contains("year: 2027");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aCalendarFileAddsTheMissingYear() throws IOException {
    Path request = december();
    Path calendar = Files.writeString(temp.resolve("2027.yaml"), CalendarYearMissingException.snippet(2027));
    assertThat(run("timeline", request.toString(), "--on", "2026-12-30", "--calendar", calendar.toString(), "--lang", "en")).isZero();
    assertThat(out.toString()).contains("2026-12-28  2027-01-12  due, 8 working days left");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("timeline", GUANGDONG, "--lang", "fr")).isEqualTo(Main.INVALID);
    assertThat(err.toString()).contains("expected zh or en, but got 'fr'");
    assertThat(run("timeline", GUANGDONG, "--on", "2026-13-01")).isEqualTo(Main.INVALID);
    assertThat(err.toString()).contains("expected a date YYYY-MM-DD, but got '2026-13-01'");
  }

  @Test
  void invalidRequestsAreReportedCompilerStyle() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.yaml"), "requests:\n  - id: x\n    area_code: \"020\"\n");
    assertThat(run("timeline", bad.toString())).isEqualTo(Main.INVALID);
    assertThat(err.toString()).contains("bad.yaml:").contains("error:");
  }

  /** A request whose office-data period runs into 2027, which the bundled calendar lacks. */
  private Path december() throws IOException {
    return Files.writeString(temp.resolve("december.yaml"), """
        requests:
          - id: guangzhou
            area_code: "020"
            bound_number: "020-83333333"
            trunk: {type: analog, count: 1, gateway: "sip:192.0.2.10:5060"}
            charging: caller-local
            dates: {filing_notice: 2026-12-21, written_request: 2026-12-28}
        """);
  }
}
