/**
 * The {@code freeswitch} target: an XML dialplan fragment (per area: service code and caller's
 * number → charging mode exported to the CDR, {@code limit} channel cap, sequential {@code bridge}
 * over the lines) and a sofia gateway per request, installed into the stock configuration's
 * include folders by the generated shell scripts. {@link
 * hotline.target.freeswitch.FreeswitchChecker} checks every rendering before it is returned.
 */
package hotline.target.freeswitch;
