/**
 * The official Chinese working-day calendar: public holidays off, adjusted weekend working days
 * (调休) on, one block per year as published by the State Council.
 *
 * <p>{@link hotline.calendar.CalendarLoader} reads the bundled {@code cn-workdays.yaml} and any
 * user files; {@link hotline.calendar.WorkingCalendar} counts working days with the statutory rule
 * (the start day is not counted). A computation that needs a year the calendar lacks throws {@link
 * hotline.calendar.CalendarYearMissingException} rather than guessing.
 */
package hotline.calendar;
