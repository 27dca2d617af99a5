package hotline.verify;

/**
 * One offer of a call to a line, as the call center saw it.
 *
 * @param line the line (Request-URI user)
 * @param atMs milliseconds after the caller sent its INVITE
 * @param behaviour what the line did: answer, busy, no-answer, reject 480 ...
 */
public record Attempt(String line, long atMs, String behaviour) {}
