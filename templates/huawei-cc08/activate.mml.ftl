<#-- activate.mml.ftl: the Huawei C&C08 activation, ADD statements only, one section per request
     that runs alone; from the model Cc08Target builds from the plan. Every statement here has its
     LST in precheck.mml.ftl and its RMV, in reverse order, in rollback.mml.ftl. -->
<#import "common.ftl" as c>
<@c.header script="ACTIVATION" purpose="Adds the objects that open the service. Run precheck.mml first; rollback.mml undoes this file."/>

<@c.preexisting/>
<#list requests as r>

<@c.banner r/>
<#if r.kind == "lines">
/* The call center's ${r.members?size} analog lines are subscriber lines of this exchange (declared above).
 * Hunt group ${r.n} under the pilot ${r.bound}: a call to the pilot takes the first free line in
 * order (HM=SEQ) and moves on after ${r.noAnswer} s without answer. [guess] object and parameters;
 * subscriber data has a PBX flag [seen] */
ADD PBXGRP: PGN=${r.n}, LP=${r.lp}, PILOT=${r.pilot}, HM=SEQ, NAT=${r.noAnswer}; /* [guess] PBXGRP, PGN, PILOT, HM, NAT: verify against your switch's MML manual */
<#list r.members as m>
/* Line ${m.seq + 1} of ${r.members?size}: ${m.display}<#if m.seq == 0> (the pilot)</#if>. */
ADD PBXLINE: PGN=${r.n}, LP=${r.lp}, D=${m.d}, SEQ=${m.seq}; /* [guess] PBXLINE and its parameters: verify against your switch's MML manual */
</#list>
</#if>
<#if r.kind == "toll">
/* The call center lies in another local network (remote seats) and its analog lines hang on that
 * network's exchange, which holds the hunt group: ${r.huntLine}.
 * Here the service code becomes the national number, which the existing toll analysis of
 * ${r.tollPfx} (declared above) routes there. */
</#if>
<#if r.kind == "isup" || r.kind == "pri">
/* Call source of calls coming in over the new trunk group: the call center's own calls are
 * analysed in the callers' DN set, like ordinary subscribers' calls. [seen] form */
ADD CALLSRC: CSC=${r.n}, CSCNAME=${r.name}, LP=${r.lp}, RSSC=${r.rssc};
/* Office direction toward the call center. [seen] form */
ADD OFC: O=${r.n}, ON=${r.name}, DOT=CMPX, DOL=HIGH; /* [guess] DOT=CMPX, DOL=HIGH as in an operator script: verify against your switch's MML manual */
/* Sub-route over that office direction. [seen] form */
ADD SRT: SRC=${r.n}, O=${r.n}, SRN=${r.name};
/* Route: its sub-routes are tried in sequence (SRST=SEQ); this one has a single sub-route. [seen] form */
ADD RT: R=${r.n}, RN=${r.name}, SNCM=SRT, SRST=SEQ, SR1=${r.n};
/* Route analysis: route selection code ${r.n}, for calls from ordinary subscribers' source code
 * RSSC=${r.rssc}, takes route ${r.n}. [seen] form; the route selection code of an outgoing prefix
 * must exist in route analysis before the prefix [doc] */
ADD RTANA: RAN=${r.name}, RSC=${r.n}, RSSC=${r.rssc}, TM=TMM, R=${r.n}; /* [guess] TM=TMM (all times) as in an operator script: verify against your switch's MML manual */
</#if>
<#if r.kind == "isup">
<#if r.viaSipGateway>
/* The request asks for SIP signalling, which this TDM exchange does not have [guess: representation]:
 * its ${r.e1s?size} E1 (${r.channels} channels) run ISUP to a SIP gateway at the call center's side. */
</#if>
/* ISUP trunk group in module MN=${r.mn}, toward the signalling point DSP=${r.dsp}, with its call
 * source and sub-route. [seen] on MSoftX3000 by name; this numeric form [guess] */
ADD N7TG: TG=${r.n}, CSC=${r.n}, SRT=${r.n}, TGN=${r.name}, MN=${r.mn}, DSP=${r.dsp}; /* [guess] MN, DSP: verify against your switch's MML manual */
<#list r.e1s as e>
/* E1 ${e.ordinal} of ${r.e1s?size}: CICs ${e.scic}-${e.ecic}, one block of 32 per E1 [seen]; the CICs of TS0 and TS16 carry no speech. */
ADD N7TKC: TG=${r.n}, SCIC=${e.scic}, ECIC=${e.ecic}, TID=${e.tid}; /* [guess] TID=${e.tid} (E1 ${e.e1} x 32, the first circuit in the module): verify against your switch's MML manual */
</#list>
</#if>
<#if r.kind == "pri">
/* PRI (30B+D) trunk group in module MN=${r.mn}, with its call source and sub-route. [guess] object and parameters */
ADD PRATG: TG=${r.n}, CSC=${r.n}, SRT=${r.n}, TGN=${r.name}, MN=${r.mn}; /* [guess] PRATG and its parameters: verify against your switch's MML manual */
<#list r.e1s as e>
/* E1 ${e.ordinal} of ${r.e1s?size}: timeslots 0-31; TS16 is the D channel, 30 B channels carry speech. */
ADD PRATKC: TG=${r.n}, SC=${e.scic}, EC=${e.ecic}, TID=${e.tid}; /* [guess] PRATKC and its parameters, TID=${e.tid} (E1 ${e.e1} x 32): verify against your switch's MML manual */
</#list>
</#if>
/* Number change ${r.n}: modify (DCT=MOD) ${r.len} digits from position 0 (the service code) into
 * ${r.ndText}. [doc] the DNC object exists */
ADD DNC: DCX=${r.n}, DCT=MOD, DCP=0, DCL=${r.len}, ND=${r.nd}; /* [guess] DCX, DCT, DCP, DCL, ND: verify against your switch's MML manual */
<#if r.chgana>
/* Charging analysis ${r.chsc}: the called party (the call center) pays, at the tariff of the local
 * charging selection code ${r.chgBase}; the caller is not charged. A CHSC must exist in the charging
 * index before a prefix names it [doc]. [guess] chain CHGANA */
ADD CHGANA: CHSC=${r.chsc}, PAYER=CALLED, BASE=${r.chgBase}; /* [guess] CHGANA and its parameters: verify against your switch's MML manual */
</#if>
<#if r.kind == "isup" || r.kind == "pri">
/* Called-number analysis, added last so the service opens only when its route exists:
 * ${r.pfx} dialled in DN set ${r.lp} with exactly ${r.len} digits (MINL=MAXL) takes route selection
 * code ${r.n} and number change ${r.n}; ${r.chscText}. CSA=${r.csa}: a local call. [seen] form */
ADD CNACLD: LP=${r.lp}, PFX=${r.pfx}, CSTP=BASE, CSA=${r.csa}, RSC=${r.n}, MINL=${r.len}, MAXL=${r.len}, CHSC=${r.chsc}, DCX=${r.n}, SDESCRIPTION=${r.name}; /* [guess] MINL=MAXL for the exact length, DCX (this prefix's number change): verify against your switch's MML manual */
<#else>
/* Called-number analysis, added last: ${r.pfx} dialled in DN set ${r.lp} with exactly ${r.len}
 * digits (MINL=MAXL) is changed by number change ${r.n} and analysed again, <#if r.kind == "lines">reaching the
 * hunt group's pilot; no route selection code, the call stays in this exchange (CSA=LCO: intra-office)<#else>reaching
 * the toll route (CSA=LC: the caller dialled a local number)</#if>; ${r.chscText}. [seen] form */
ADD CNACLD: LP=${r.lp}, PFX=${r.pfx}, CSTP=BASE, CSA=${r.csa}, MINL=${r.len}, MAXL=${r.len}, CHSC=${r.chsc}, DCX=${r.n}, SDESCRIPTION=${r.name}; /* [guess] MINL=MAXL for the exact length, DCX and the analysis of the changed number: verify against your switch's MML manual */
</#if>
</#list>
