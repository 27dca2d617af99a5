<#--
  zte-softswitch/rollback.mml.ftl: the ZTE MML rollback script: removes exactly what
  activate.mml.ftl adds, requests in reverse order and each request's objects in reverse order
  (the service code's analysis first, so callers stop reaching half-removed data), then the table
  sync. Model: hotline.target.zte.ZteViewModel.
-->
<#import "common.ftl" as c>
<@c.header what="rollback.mml: removes what activate.mml added, in reverse order"/>
// Removal is DEL [seen: DEL DNAL]. Note the asymmetry kept from the seen scripts: the analysis entry is
// added with ADD TPDNAL but removed with DEL DNAL. The other DEL forms follow the convention [guess]:
// every line marked [guess] below - verify against your switch's MML manual.
<#list requests?reverse as r>

<@c.banner r/>
// The section removes only objects its activation added; the entrance ENTR=${r.entrance} stays.

// ---- softswitch / MGCF: called-number analysis and number change ----
// Stop analysing ${r.service} for entrance ${r.entrance} [seen: DEL DNAL with NANNAT="ALL"].
DEL DNAL:ENTR=${r.entrance},NANNAT="ALL",DIGIT="${r.service}";
// [guess] remove number change ${r.index} - verify against your switch's MML manual.
DEL DDI:DDI=${r.index};
<#if r.hunts>

// ---- SSS serving the lines: hunt group (on every SSS of the pair) ----
// [guess] take each line out of the group, last first: DEL OSU FA is not seen - verify against your switch's MML manual.
<#list r.lines?reverse as l>
DEL OSU FA:PUI="${l.pui}";
</#list>
// [guess] remove the pilot identity and hunt group ${r.index} - verify against your switch's MML manual.
DEL CALLGRPPSI:PSI="${r.pilotPui}";
DEL CALLGROUP:GRPNO="${r.index}";
</#if>
<#if r.sip>

// ---- border controller (ISBC) ----
// [guess] detach it from the signalling pool first if you attached it; then remove CAC profile ${r.index} - verify against your switch's MML manual.
DEL CAC PROFILE:CACPROFILEID=${r.index};
</#if>
<#if r.digital>

// ---- softswitch / MGCF: the route toward the call center ----
// [guess] remove route chain, route set, route, trunk group and adjacent office ${r.index} - verify against your switch's MML manual.
// Remove the office's signalling data you added by hand before DEL ADJOFC.
DEL CHAIN:CHAIN=${r.index};
DEL RTS:RTS=${r.index};
DEL RT:RT=${r.index};
DEL TG:TG=${r.index};
DEL ADJOFC:ID=${r.index};
</#if>

// Table sync [seen].
SYN:DATABASE="ALL";
</#list>
