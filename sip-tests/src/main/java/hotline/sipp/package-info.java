/**
 * SIPp as a second, independent call engine: scenarios rendered from the plan ({@code
 * templates/sipp/}), {@code sipp} processes started on free loopback ports and stopped cleanly,
 * and what SIPp leaves behind (statistics, response times, per-call log lines, errors) read back
 * into values, with a watch on SIPp's own health so that a saturated generator is not mistaken
 * for a failing switch.
 */
package hotline.sipp;
