package hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.cli.Main;
import hotline.sut.ProcessResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real {@code hotline verify} run (embedded Kamailio, every check) opened in
 * headless Chromium with the network off: the key elements are there, the console stays silent,
 * and a screenshot is saved as target/report-screenshot.png for people to look at.
 */
class ReportInBrowserTest {
  static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

  @TempDir static Path temp;

  static Path out;
  static JsonNode results;

  @BeforeAll
  static void verify() throws Exception {
    Path requests = Path.of(ReportInBrowserTest.class.getResource("two-cities.yaml").toURI());
    out = temp.resolve("verify");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"verify", requests.toString(), "--out", out.toString()}, new PrintWriter(stdout), new PrintWriter(stderr));
    assertThat(code).as("hotline verify exit code\n%s\n%s", stdout, stderr).isZero();
    assertThat(stdout.toString()).contains("report: " + out.resolve("report.html"));
    results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
  }

  @Test
  void opensOfflineWithTheKeyElementsAndASilentConsole() throws Exception {
    HeadlessChromium chromium = new HeadlessChromium(temp.resolve("profile-dom"));
    HeadlessChromium.Output page = chromium.dumpDom(out.resolve("report.html"));
    assertThat(page.console()).as("console messages of the report").isEmpty();
    String dom = page.stdout();
    long callsWithMessages = 0;
    for (JsonNode call : results.get("calls")) {
      callsWithMessages += call.get("messages").isEmpty() ? 0 : 1;
    }
    assertThat(callsWithMessages).isPositive();
    assertThat(dom)
        .contains("<html lang=\"zh-CN\">")
        .contains("<p id=\"verdict\" class=\"banner passed\">全部 14 项检查通过")
        .contains("广州市（020）的用户拨打12333接通020-83333333")
        .contains("id=\"setup-chart\"")
        .contains("<svg class=\"chart capacity\"")
        .contains("<svg class=\"chart hunting\"")
        .contains("<table id=\"timeline-table\">")
        .contains("收到之日不计入");
    assertThat(count(dom, "<details class=\"request passed\"")).isEqualTo(2);
    assertThat(count(dom, "<svg class=\"ladder\"")).isEqualTo(callsWithMessages);
    assertThat(count(dom, "<details class=\"raw\">")).isEqualTo(callsWithMessages);
    assertThat(dom).containsPattern("kamailio/requests/guangzhou\\.row</code></td><td class=\"sha\">[0-9a-f]{64}</td>");
  }

  @Test
  void looksRightInAScreenshot() throws Exception {
    ProcessResult fonts = ProcessResult.run(List.of("fc-list", ":lang=zh"), Duration.ofSeconds(20));
    if (fonts.exitCode() != 0 || fonts.output().isBlank()) {
      fail("no Chinese font: Chromium would draw the report's text as boxes; run bin/test, which installs fonts-noto-cjk");
    }
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    HeadlessChromium chromium = new HeadlessChromium(temp.resolve("profile-png"));
    HeadlessChromium.Output run = chromium.screenshot(out.resolve("report.html"), SCREENSHOT, 1280, 2200);
    assertThat(run.console()).isEmpty();
    assertThat(SCREENSHOT).exists();
    assertThat(Files.size(SCREENSHOT)).as("screenshot size").isGreaterThan(50_000);
  }

  private static long count(String text, String part) {
    long n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
