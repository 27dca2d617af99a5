package hotline.report;

import hotline.timeline.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to report on and how.
 *
 * @param resultsDir the folder {@code hotline verify} wrote: results.json, plan.json,
 *     scripts.sha256 and the generated scripts
 * @param language the report's language
 * @param out the HTML file to write
 * @param today the reference day of the statutory deadlines
 * @param calendars calendar files adding or replacing years of the bundled calendar
 */
public record ReportSettings(Path resultsDir, Language language, Path out, LocalDate today, List<Path> calendars) {
  public ReportSettings {
    Objects.requireNonNull(resultsDir, "resultsDir");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(today, "today");
    calendars = List.copyOf(calendars);
  }

  /** The report's default place: {@code report.html} in the results folder. */
  public static Path defaultOut(Path resultsDir) {
    return resultsDir.resolve("report.html");
  }
}
