package hotline.cli;

import hotline.calendar.CalendarFileException;
import hotline.calendar.CalendarLoader;
import hotline.calendar.CalendarYearMissingException;
import hotline.calendar.WorkingCalendar;
import hotline.diagnostics.InvalidInputException;
import hotline.plan.Plan;
import hotline.request.RequestFiles;
import hotline.timeline.Language;
import hotline.timeline.Timeline;
import hotline.timeline.TimelineTable;
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

/** {@code hotline timeline FILE...}: the statutory deadlines of the requests' activation step. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the statutory deadlines of each request on the official working-day calendar.",
      "",
      "Computes the statutory deadlines of each request's activation step from its dates: block "
          + "(office data and opening within 10 working days of having both the filing notice and the "
          + "written request; the report within 5 working days after opening) and says which are met, "
          + "due or overdue on the reference day.",
      "Counting rule: the day of receipt is not counted; a period of n working days ends on the "
          + "n-th working day after it, on the official calendar (public holidays off, adjusted weekend "
          + "working days on).",
      "Exit 0 when no deadline is missed, 1 when one is overdue or was met late, 2 for invalid "
          + "input or a year the calendar lacks."
    })
final class TimelineCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files (YAML).")
  List<Path> files;

  @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class, description = "Reference day, YYYY-MM-DD (default: today in China).")
  LocalDate on;

  @Option(names = "--calendar", paramLabel = "FILE",
      description = "A calendar file adding or replacing years of the bundled working-day calendar (format of cn-workdays.yaml); repeatable.")
  List<Path> calendars = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of the table (default: ${DEFAULT-VALUE}).")
  Language language;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RequestFiles requests = new RequestFiles();
    try {
      WorkingCalendar calendar = CalendarLoader.load(calendars);
      Plan plan = requests.load(files);
      LocalDate today = on != null ? on : Today.inChina();
      List<Timeline> timelines =
          plan.activations().stream().map(a -> Timeline.of(a.id(), a.dates(), today, calendar)).toList();
      out.println((language == Language.ZH ? "基准日：" : "On ") + today);
      out.print(TimelineTable.format(timelines, language));
      return timelines.stream().anyMatch(Timeline::missed) ? Main.CHECKS_FAILED : Main.OK;
    } catch (InvalidInputException e) {
      return Diagnostics.print(e, requests.sources(), err);
    } catch (CalendarFileException | CalendarYearMissingException e) {
      err.println("hotline timeline: " + e.getMessage());
      return Main.INVALID;
    }
  }
}
