<#--
  zte-softswitch/precheck.mml.ftl: the ZTE MML pre-check script, one section per request of the
  plan: a SHOW of every object activate.mml would add (each should come back empty) and of every
  object it requires (each must exist). Model: hotline.target.zte.ZteViewModel.
-->
<#import "common.ftl" as c>
<@c.header what="precheck.mml: displays, before activation, every object activate.mml adds or needs"/>
// The display verb SHOW is seen (SHOW CALLGROUPPUI); the other SHOW forms follow it by convention [guess].
// Every line marked [guess] below: verify against your switch's MML manual.
<#list requests as r>

<@c.banner r/>
// Must exist: the entrance of the ${r.areaCode} callers [guess: SHOW ENTR]; it must be the one they use - verify against your switch's MML manual.
SHOW ENTR:ENTR=${r.entrance};
// Must be empty: nothing may analyse ${r.service} in this entrance yet [guess: SHOW DNAL, after the seen DEL DNAL] - verify against your switch's MML manual.
SHOW DNAL:ENTR=${r.entrance},DIGIT="${r.service}";
// Must be empty: number change ${r.index} [guess] - verify against your switch's MML manual.
SHOW DDI:DDI=${r.index};
<#if r.hunts>
// Must exist: the hunt lines, subscribers of this office [guess: SHOW OSU SBR] - verify against your switch's MML manual.
<#list r.lines as l>
SHOW OSU SBR:PUI="${l.pui}";
</#list>
// Must be empty: hunt group ${r.index} and the pilot's group identity [seen: SHOW CALLGROUPPUI; guess: SHOW CALLGROUP] - verify against your switch's MML manual.
SHOW CALLGROUP:GRPNO="${r.index}";
SHOW CALLGROUPPUI:PSI="${r.pilotPui}";
// Must show no pilot yet on each line [guess: SHOW OSU FA] - verify against your switch's MML manual.
<#list r.lines as l>
SHOW OSU FA:PUI="${l.pui}";
</#list>
</#if>
<#if r.sip>
// Must be empty: CAC profile ${r.index} on the ISBC [guess: SHOW CAC PROFILE] - verify against your switch's MML manual.
SHOW CAC PROFILE:CACPROFILEID=${r.index};
</#if>
<#if r.digital>
// Must be empty: route chain, route set, route, trunk group and adjacent office ${r.index} [guess: SHOW forms] - verify against your switch's MML manual.
SHOW CHAIN:CHAIN=${r.index};
SHOW RTS:RTS=${r.index};
SHOW RT:RT=${r.index};
SHOW TG:TG=${r.index};
SHOW ADJOFC:ID=${r.index};
</#if>
</#list>
