package hotline.calendar;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when a working-day computation reaches a year the calendar has no arrangement for. The
 * message names the year and shows how to add it with {@code --calendar FILE}.
 */
public final class CalendarYearMissingException extends RuntimeException {

  private final int year;

  CalendarYearMissingException(int year, Collection<Integer> known) {
    super(message(year, known));
    this.year = year;
  }

  /** Returns the year the calendar lacks. */
  public int year() {
    return year;
  }

  /**
   * Returns the smallest calendar file that adds {@code year}, in the bundled file's format; the
   * holiday and the empty workdays list are placeholders to replace with the notice's dates.
   */
  public static String snippet(int year) {
    return String.join(
        "\n",
        "years:",
        "  - year: " + year,
        "    notice: 国务院办公厅关于" + year + "年部分节假日安排的通知",
        "    holidays:",
        "      - {name: 元旦, from: " + year + "-01-01, to: " + year + "-01-01}",
        "    workdays: []",
        "");
  }

  private static String message(int year, Collection<Integer> known) {
    String years =
        known.isEmpty()
            ? "no year"
            : known.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "no working-day calendar for "
        + year
        + " (the calendar has "
        + years
        + "); deadlines that reach "
        + year
        + " cannot be counted.\n"
        + "Add the year from the State Council notice on "
        + year
        + "'s holidays with --calendar FILE, a YAML file in the format of the bundled"
        + " cn-workdays.yaml: every day off of each holiday, and the weekend days that are working"
        + " days, for example:\n"
        + snippet(year);
  }
}
