/**
 * The {@code asterisk} target: per request an {@code extensions.conf} fragment (the caller-id
 * matched entry into the service code's context → the request's area context: capped, charged,
 * sequential hunt over the lines) and a {@code pjsip.conf} fragment (its trunk endpoint), plus one
 * shared fragment with each service code's 404, installed as {@code #include} files by generated
 * shell scripts that activate, show or roll back the requests named on their command line.
 * {@link hotline.target.asterisk.AsteriskChecker} checks every rendering before it is returned.
 */
package hotline.target.asterisk;
