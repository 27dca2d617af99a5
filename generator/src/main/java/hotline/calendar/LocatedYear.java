package hotline.calendar;

/**
 * A valid year block together with where it was read, so that a later file defining the same year
 * can be reported against it.
 */
record LocatedYear(CalendarYear calendarYear, String file, int line, int column, String field) {

  int year() {
    return calendarYear.year();
  }
}
