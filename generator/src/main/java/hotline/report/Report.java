package hotline.report;

import hotline.calendar.CalendarLoader;
import hotline.calendar.CalendarYearMissingException;
import hotline.render.TemplateEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The activation evidence for a bureau: one self-contained HTML file (inline styles, script and
 * SVG; no fonts or anything else fetched) made from a {@code hotline verify} results folder, in
 * Chinese or English.
 */
public final class Report {
  /** The template, under the bundled templates' root; {@code .ftlh} makes FreeMarker escape HTML. */
  static final String TEMPLATE = "report/report.html.ftlh";

  private Report() {}

  /**
   * The rendered report.
   *
   * @param html the whole HTML document
   * @param requests how many requests it covers
   * @param calls how many test calls it shows
   * @param calendarProblem the year the calendar lacks, when the deadlines could not be counted
   *     (the report then says so in their place)
   */
  public record Rendered(String html, int requests, int calls, Optional<CalendarYearMissingException> calendarProblem) {
    public Rendered {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(calendarProblem, "calendarProblem");
    }
  }

  /**
   * Reads the results folder and renders the report.
   *
   * @throws ReportInputException when the folder lacks a file or one is malformed
   * @throws hotline.calendar.CalendarFileException when a {@code --calendar} file is invalid
   */
  public static Rendered render(ReportSettings settings) {
    RunResults results = ResultsFile.read(settings.resultsDir());
    List<PlannedRequest> plan = PlanFile.read(settings.resultsDir());
    List<ScriptManifest.Script> scripts = ScriptManifest.read(settings.resultsDir());
    ReportModel.Built built = new ReportModel(new Words(settings.language()))
        .build(results, plan, scripts, settings.today(), CalendarLoader.load(settings.calendars()));
    String html = TemplateEngine.bundled().render(TEMPLATE, built.model());
    return new Rendered(html, plan.size(), results.calls().size(), built.calendarProblem());
  }

  /** Writes a rendered report to {@code out} (through a temporary file, then a rename). */
  public static void write(Rendered report, Path out) throws IOException {
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.writeString(temp, report.html(), StandardCharsets.UTF_8);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
