/**
 * Load runs: many callers of every activated area dialling at once through the switch, with
 * either call engine (SIPp or the JAIN-SIP caller and call center), every answered call checked
 * against the line it had to reach; call-setup percentiles, failure codes, the generator's own
 * health, and a search for the highest clean rate.
 */
package hotline.load;
