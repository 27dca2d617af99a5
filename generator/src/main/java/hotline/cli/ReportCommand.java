package hotline.cli;

import hotline.calendar.CalendarFileException;
import hotline.render.TemplateEngine;
import hotline.report.Report;
import hotline.report.ReportInputException;
import hotline.report.ReportSettings;
import hotline.timeline.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hotline report RESULTS_DIR}: the activation evidence for a bureau, as one HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the bureau's evidence of a verify run as one self-contained HTML file.",
      "",
      "Makes one self-contained HTML file (no network needed to open it) from a 'hotline verify' "
          + "results folder: the requests as written, the verdict per request and per check in plain "
          + "words with failures first, a ladder diagram and the raw messages of every test call, charts, "
          + "the generated scripts with their SHA-256, and the statutory deadlines (the day of receipt is "
          + "not counted; working days on the official calendar).",
      "Exit 0 when written, 1 when it could not be written, 2 for an unusable results folder or "
          + "calendar (a year the calendar lacks included)."
    })
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RESULTS_DIR", description = "The --out folder of 'hotline verify'.")
  Path resultsDir;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of the report (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The HTML file to write (default: RESULTS_DIR/report.html).")
  Path out;

  @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class, description = "Reference day of the deadlines, YYYY-MM-DD (default: today in China).")
  LocalDate on;

  @Option(names = "--calendar", paramLabel = "FILE",
      description = "A calendar file adding or replacing years of the bundled working-day calendar; repeatable.")
  List<Path> calendars = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = out != null ? out : ReportSettings.defaultOut(resultsDir);
    ReportSettings settings = new ReportSettings(resultsDir, language, file, on != null ? on : Today.inChina(), calendars);
    Report.Rendered report;
    try {
      report = Report.render(settings);
    } catch (ReportInputException | CalendarFileException e) {
      err.println("hotline report: " + e.getMessage());
      return Main.INVALID;
    } catch (TemplateEngine.TemplateFailure e) {
      err.println("hotline report: " + e.getMessage());
      return Main.CHECKS_FAILED;
    }
    if (report.calendarProblem().isPresent()) {
      err.println("hotline report: " + report.calendarProblem().get().getMessage());
      return Main.INVALID;
    }
    try {
      Report.write(report, file);
    } catch (IOException e) {
      err.println("hotline report: could not write " + file + ": " + e.getMessage());
      return Main.CHECKS_FAILED;
    }
    stdout.printf("report of %d request%s and %d test call%s written to %s%n", report.requests(), report.requests() == 1 ? "" : "s", report.calls(),
        report.calls() == 1 ? "" : "s", file);
    return Main.OK;
  }
}
