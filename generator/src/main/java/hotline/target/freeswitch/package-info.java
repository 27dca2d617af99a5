/**
 * The {@code freeswitch} target: per request an XML dialplan file (service code and caller's
 * number → charging mode exported to the CDR, {@code limit} channel cap, sequential {@code bridge}
 * over the lines) and a sofia gateway file, per service code a file with its 404 named to be
 * included after them, installed into the stock configuration's include folders by generated
 * shell scripts that activate, show or roll back the requests named on their command line. {@link
 * hotline.target.freeswitch.FreeswitchChecker} checks every rendering before it is returned.
 */
package hotline.target.freeswitch;
