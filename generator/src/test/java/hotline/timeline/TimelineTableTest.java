package hotline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.calendar.CalendarLoader;
import hotline.calendar.WorkingCalendar;
import hotline.plan.RequestDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTableTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 9);

  private final WorkingCalendar calendar = CalendarLoader.bundled();

  private final List<Timeline> timelines =
      List.of(
          Timeline.of(
              "GZ-020",
              new RequestDates(
                  Optional.of(LocalDate.of(2026, 9, 22)),
                  Optional.of(LocalDate.of(2026, 9, 25)),
                  Optional.empty()),
              TODAY,
              calendar),
          Timeline.of(
              "SZ-0755",
              new RequestDates(
                  Optional.of(LocalDate.of(2026, 9, 1)),
                  Optional.empty(),
                  Optional.of(LocalDate.of(2026, 9, 28))),
              TODAY,
              calendar));

  @Test
  void englishTable() {
    assertThat(TimelineTable.format(timelines, Language.EN))
        .isEqualTo(
            """
request  step                                                                 from        due         status
-------  -------------------------------------------------------------------  ----------  ----------  -----------------------------------------------------
GZ-020   office data made and number opened                                   2026-09-25  2026-10-15  due, 5 working days left
GZ-020   activation reported to the provincial communications administration  -           -           pending: starts when the number is opened
SZ-0755  office data made and number opened                                   -           -           waiting for the filing notice and the written request
SZ-0755  activation reported to the provincial communications administration  2026-09-28  2026-10-10  due, 1 working day left

office data made and number opened: within 10 working days after the later of the filing notice and the written request
activation reported to the provincial communications administration: within 5 working days after opening (the report date is not recorded: the status says whether the period is still running)
The day of receipt is not counted; deadlines count working days on the official calendar (holidays off, adjusted weekend working days on).
""");
  }

  @Test
  void chineseTableAlignsWideCharacters() {
    assertThat(TimelineTable.format(timelines, Language.ZH))
        .isEqualTo(
            """
            申请     环节                        起算日      截止日      状态
            -------  --------------------------  ----------  ----------  --------------------------
            GZ-020   制作局数据并开通号码        2026-09-25  2026-10-15  未到期，剩余5个工作日
            GZ-020   向省通信管理局报告开通情况  -           -           待号码开通后起算
            SZ-0755  制作局数据并开通号码        -           -           等待备案通知和书面开通申请
            SZ-0755  向省通信管理局报告开通情况  2026-09-28  2026-10-10  未到期，剩余1个工作日

            制作局数据并开通号码：收到备案通知和书面开通申请后10个工作日内（以后收到者起算）
            向省通信管理局报告开通情况：开通后5个工作日内（不记录报告日期：状态仅说明期限是否届满）
            收到之日不计入；按国务院公布的工作日计算（法定节假日不计，调休上班日计入）。
            """);
  }
}
