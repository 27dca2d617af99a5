/**
 * Statutory deadlines of the activation step: the local operator makes the office data and opens
 * the number within 10 working days of having both the filing notice and the written request, and
 * reports the activation within 5 working days after opening.
 *
 * <p>{@link hotline.timeline.Timeline#of} computes the {@link hotline.timeline.Deadline}s of one
 * request on the {@link hotline.calendar.WorkingCalendar}; {@link hotline.timeline.TimelineTable}
 * prints them in Chinese or English.
 */
package hotline.timeline;
