package hotline.verify;

/**
 * One SIP message of a test call, for ladder diagrams: who sent it to whom, when, and what.
 *
 * @param atMs milliseconds after the call's first message
 * @param from "caller", "switch" or "line 02083333333"
 * @param to the same kinds of names
 * @param firstLine the request or status line
 * @param raw the whole message
 */
public record LadderMessage(double atMs, String from, String to, String firstLine, String raw) {}
