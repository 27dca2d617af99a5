package hotline.report;

import java.util.Objects;

/**
 * One offer of a test call to a line of the call center.
 *
 * @param line the line's number, national format
 * @param atMs milliseconds after the caller's INVITE
 * @param behaviour what the line was told to do: {@code answer}, {@code busy (486)}, {@code no answer}
 */
record LineAttempt(String line, long atMs, String behaviour) {
  LineAttempt {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(behaviour, "behaviour");
  }
}
