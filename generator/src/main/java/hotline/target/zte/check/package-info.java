/**
 * The structural checker of ZTE MML scripts: a parser for the statement syntax ({@code VERB OBJ:
 * PARAM=VALUE,...;}), a table of the commands the zte-softswitch target writes with their keys and
 * references, and the rules a set of activate / pre-check / rollback scripts must meet.
 */
package hotline.target.zte.check;
