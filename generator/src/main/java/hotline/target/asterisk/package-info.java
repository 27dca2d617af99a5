/**
 * The {@code asterisk} target: an {@code extensions.conf} fragment (service code → caller's area →
 * capped, charged, sequential hunt over the lines) and a {@code pjsip.conf} fragment (one trunk
 * endpoint per request), installed as {@code #include} files by the generated shell scripts.
 * {@link hotline.target.asterisk.AsteriskChecker} checks every rendering before it is returned.
 */
package hotline.target.asterisk;
