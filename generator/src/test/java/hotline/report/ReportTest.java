package hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.cli.Main;
import hotline.timeline.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's content, language, order and escaping, from a results folder made here. */
class ReportTest {
  private static final LocalDate ON = LocalDate.of(2026, 12, 3);

  @TempDir Path temp;

  private Path dir;

  @BeforeEach
  void results() throws Exception {
    ResultsFolder folder = ResultsFolder.generate(temp.resolve("out"));
    dir = folder.dir();
    folder
        .check("route", "guangzhou", "passed", "Callers in Guangzhou (020) who dial 12333 reach 020-83333333", List.of(), "g1", "g2")
        .check("route", "shenzhen", "failed", "Callers in Shenzhen (0755) who dial 12333 reach 0755-88812333",
            List.of("local caller 0755-20000001: expected answered at 075588812333, but the call was rejected with 404 (Call-ID s1)"), "s1")
        .check("charging", "foshan", "not-run", "The switch under test (lab) gives the harness no access to its call records", List.of())
        .answered("g1", "route", "guangzhou", "02020000001", "02083333333", 12, "2026-12-03T08:00:01Z")
        .answered("g2", "route", "guangzhou", "02020000002", "02083333333", 40, "2026-12-03T08:00:02Z")
        .rejected("s1", "route", "shenzhen", "075520000001", 404, "075588812333", "2026-12-03T08:00:03Z")
        .write();
  }

  private String render(Language language) {
    return Report.render(new ReportSettings(dir, language, dir.resolve("report.html"), ON, List.of())).html();
  }

  @Test
  void chineseByDefaultWithSentencesMadeFromTheResults() {
    String html = render(Language.ZH);
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("广州市（020）的用户拨打12333接通020-83333333")
        .contains("020-20000001 拨打 12333")
        .contains("0755-20000001 拨打 12333：预期由 0755-88812333 接听，实际被拒绝（404 号码未开通）")
        .contains("未执行：被测交换机不向测试程序提供话单。")
        .contains("1 项检查未通过，涉及 1 个申请");
  }

  @Test
  void englishSaysTheSameThings() {
    String zh = render(Language.ZH);
    String en = render(Language.EN);
    assertThat(en)
        .contains("<html lang=\"en\">")
        .contains("Callers in Guangzhou (020) who dial 12333 reach 020-83333333")
        .contains("0755-20000001 dials 12333: expected answered at 0755-88812333, but it was rejected with 404 (not routed)")
        .doesNotContain("广州市（020）的用户");
    for (String element : List.of("<svg class=\"ladder\"", "<details class=\"request", "<details class=\"call", "<li class=\"check", "<tr class=\"")) {
      assertThat(count(en, element)).as(element).isEqualTo(count(zh, element)).isPositive();
    }
  }

  @Test
  void failuresComeFirst() {
    String html = render(Language.EN);
    int shenzhen = html.indexOf("id=\"r-shenzhen\"");
    int guangzhou = html.indexOf("id=\"r-guangzhou\"");
    int foshan = html.indexOf("id=\"r-foshan\"");
    assertThat(shenzhen).isPositive().isLessThan(foshan);
    assertThat(foshan).isLessThan(guangzhou);
    assertThat(html).contains("<details class=\"request failed\" id=\"r-shenzhen\" open>");
  }

  @Test
  void everyCallHasALadderWithItsPartiesAndTimes() {
    String html = render(Language.EN);
    assertThat(count(html, "<svg class=\"ladder\"")).isEqualTo(3);
    assertThat(html)
        .contains(">caller 020-20000001</text>")
        .contains(">line 020-83333333</text>")
        .contains(">INVITE 12333</text>")
        .contains(">200 OK</text>");
  }

  @Test
  void rawSipTextAndEveryFieldAreEscaped() {
    String html = render(Language.ZH);
    assertThat(html)
        .contains("X-Note: &lt;/pre&gt;&lt;script&gt;alert(&#39;raw&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("</pre><script>");
    assertThat(count(html, "<script>")).isEqualTo(1);
  }

  @Test
  void selfContained() {
    String html = render(Language.ZH);
    assertThat(html).doesNotContain("<link").doesNotContain("@import").doesNotContain("@font-face");
    assertThat(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find()).as("no src or href but in-page anchors").isFalse();
    assertThat(html).doesNotContainPattern("url\\((?!#)");
  }

  @Test
  void listsTheScriptsWithTheirDigestsAndSaysWhichChanged() throws Exception {
    String digest = Files.readAllLines(dir.resolve(ScriptManifest.NAME)).stream()
        .filter(l -> l.endsWith("kamailio/requests/guangzhou.row")).findFirst().orElseThrow().substring(0, 64);
    Files.writeString(dir.resolve("kamailio/kamailio.cfg"), "# edited by hand\n");
    String html = render(Language.EN);
    assertThat(html).contains("<td><code>kamailio/requests/guangzhou.row</code></td><td class=\"sha\">" + digest + "</td><td>as generated</td>");
    assertThat(html).containsPattern("kamailio/kamailio.cfg</code></td><td class=\"sha\">[0-9a-f]{64}</td><td>changed since generated");
  }

  @Test
  void includesTheTimelineTable() {
    String html = render(Language.ZH);
    assertThat(html).contains("<table id=\"timeline-table\">").contains("<td>未到期，剩余4个工作日</td>").contains("收到之日不计入");
  }

  @Test
  void chartsShowSetupTimes() {
    String html = render(Language.EN);
    assertThat(html).contains("id=\"setup-chart\"").contains("2 answered calls; median 12.0 ms");
  }

  @Test
  void aMissingManifestIsNamed() throws Exception {
    Files.delete(dir.resolve(ScriptManifest.NAME));
    assertThatThrownBy(() -> render(Language.ZH))
        .isInstanceOf(ReportInputException.class)
        .hasMessageContaining("scripts.sha256: expected the digests hotline verify writes beside results.json, but got no such file");
  }

  @Test
  void aMalformedFieldIsNamedWithItsPath() throws Exception {
    Path results = dir.resolve("results.json");
    Files.writeString(results, Files.readString(results).replaceFirst("\"verdict\" : \"passed\"", "\"verdict\" : \"maybe\""));
    assertThatThrownBy(() -> render(Language.ZH))
        .isInstanceOf(ReportInputException.class)
        .hasMessageEndingWith("results.json: checks[0].verdict: expected passed, failed or not-run, but got 'maybe'");
  }

  @Test
  void aCheckNamingAnUnknownCallIsRefused() throws Exception {
    Path results = dir.resolve("results.json");
    Files.writeString(results, Files.readString(results).replaceFirst("\"g2\"", "\"g9\""));
    assertThatThrownBy(() -> render(Language.ZH))
        .isInstanceOf(ReportInputException.class)
        .hasMessageEndingWith("results.json: checks[0].calls: expected Call-IDs of calls in calls[], but got 'g9'");
  }

  @Test
  void theCommandWritesTheFileAndExitsZero() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"report", dir.toString(), "--on", "2026-12-03", "--lang", "en"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("report.html")).exists();
    assertThat(out.toString()).isEqualTo("report of 3 requests and 3 test calls written to " + dir.resolve("report.html") + "\n");
  }

  @Test
  void theCommandRefusesAFolderWithoutResults() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"report", temp.resolve("nothing").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(Main.INVALID);
    assertThat(err.toString()).contains("results.json: expected the file written by hotline verify, but got no such file");
  }

  @Test
  void theCommandRefusesAYearTheCalendarLacks() throws Exception {
    Path december = december();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"report", december.toString(), "--on", "2026-12-30"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(Main.INVALID);
    assertThat(err.toString()).contains("no working-day calendar for 2027").contains("--calendar FILE");
    assertThat(december.resolve("report.html")).doesNotExist();
  }

  @Test
  void aYearTheCalendarLacksIsShownInPlaceOfTheDeadlines() throws Exception {
    Path december = december();
    Report.Rendered report = Report.render(new ReportSettings(december, Language.EN, december.resolve("report.html"), LocalDate.of(2026, 12, 30), List.of()));
    assertThat(report.calendarProblem()).hasValueSatisfying(p -> assertThat(p.year()).isEqualTo(2027));
    assertThat(report.html()).contains("<pre id=\"timeline-problem\" class=\"fail\">no working-day calendar for 2027");
  }

  /** A results folder (no checks run) of a request whose office-data period runs into 2027. */
  private Path december() throws Exception {
    Path request = Files.writeString(temp.resolve("december.yaml"), """
        requests:
          - id: guangzhou
            area_code: "020"
            bound_number: "020-83333333"
            trunk: {type: analog, count: 1, gateway: "sip:192.0.2.10:5060"}
            charging: caller-local
            dates: {filing_notice: 2026-12-21, written_request: 2026-12-28}
        """);
    ResultsFolder folder = ResultsFolder.generate(temp.resolve("december"), request);
    folder.write();
    return folder.dir();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
