package hotline.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link WorkingCalendar} from the bundled {@code hotline/calendar/cn-workdays.yaml} and
 * optional user files ({@code --calendar FILE}) in the same format.
 *
 * <p>A user file adds years or replaces bundled ones. Every problem of every file is collected
 * before one {@link CalendarFileException} is thrown; a year defined by two user files is one of
 * those problems.
 */
public final class CalendarLoader {

  /** The bundled calendar's class-path location, also the file name its diagnostics carry. */
  public static final String BUNDLED = "hotline/calendar/cn-workdays.yaml";

  private CalendarLoader() {}

  /** Returns the calendar of the bundled file alone. */
  public static WorkingCalendar bundled() {
    return load(List.of());
  }

  /**
   * Returns the bundled calendar with the years of {@code userFiles} added or replaced, files read
   * in order as UTF-8.
   *
   * @throws CalendarFileException listing every problem, if any file is unreadable or invalid
   */
  public static WorkingCalendar load(List<Path> userFiles) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    Map<Integer, LocatedYear> years = new TreeMap<>();
    String bundledText = readBundled();
    sources.put(BUNDLED, bundledText);
    parse(BUNDLED, bundledText, problems).forEach(year -> years.put(year.year(), year));
    Map<Integer, LocatedYear> userYears = new HashMap<>();
    for (Path path : userFiles) {
      String file = path.toString();
      try {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        sources.put(file, text);
        for (LocatedYear year : parse(file, text, problems)) {
          LocatedYear earlier = userYears.putIfAbsent(year.year(), year);
          if (earlier != null) {
            problems.add(twice(year, earlier));
          }
        }
      } catch (IOException e) {
        problems.add(new Diagnostic(file, 0, 0, "file", unreadable(e)));
      }
    }
    if (!problems.isEmpty()) {
      throw new CalendarFileException(problems, DiagnosticReport.render(problems, sources));
    }
    years.putAll(userYears);
    return WorkingCalendar.of(years.values().stream().map(LocatedYear::calendarYear).toList());
  }

  /** Parses one file, adding its problems to {@code problems} in line and column order. */
  private static List<LocatedYear> parse(String file, String text, List<Diagnostic> problems) {
    List<Diagnostic> found = new ArrayList<>();
    List<LocatedYear> years = new CalendarFileParser(file, found).parse(text);
    found.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    problems.addAll(found);
    return years;
  }

  private static Diagnostic twice(LocatedYear year, LocatedYear earlier) {
    return new Diagnostic(
        year.file(),
        year.line(),
        year.column(),
        year.field(),
        "expected each year in one --calendar file only, but got '"
            + year.year()
            + "' also in "
            + earlier.file()
            + ":"
            + earlier.line());
  }

  private static String unreadable(IOException e) {
    String got =
        e instanceof NoSuchFileException
            ? "no such file"
            : e instanceof CharacterCodingException ? "bytes that are not UTF-8" : e.toString();
    return "expected a readable UTF-8 YAML file, but got '" + got + "'";
  }

  private static String readBundled() {
    try (InputStream in = CalendarLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled calendar " + BUNDLED + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled calendar " + BUNDLED, e);
    }
  }
}
