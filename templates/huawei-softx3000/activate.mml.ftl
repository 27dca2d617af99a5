<#-- activate.mml.ftl: the Huawei SoftX3000 activation, ADD statements only, one section per request
     that runs alone; from the model SoftX3000Target builds from the plan. Every statement here has
     its LST in precheck.mml.ftl and its RMV, in reverse order, in rollback.mml.ftl. -->
<#import "common.ftl" as c>
<@c.header script="ACTIVATION" purpose="Adds the objects that open the service. Run precheck.mml first; rollback.mml undoes this file."/>

<@c.preexisting/>
<#list requests as r>

<@c.banner r/>
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
 * RSSC=${r.rssc}, takes route ${r.n}. [seen] form */
ADD RTANA: RAN=${r.name}, RSC=${r.n}, RSSC=${r.rssc}, TM=TMM, R=${r.n}; /* [guess] TM=TMM (all times) as in an operator script: verify against your switch's MML manual */
<#if r.kind == "ag">
/* Analog lines on a softswitch [guess: representation]: the call center's ${r.channels} analog lines
 * hang on an access gateway (AG) at ${r.gatewayLine}. The softswitch reaches the AG over a SIP
 * trunk capped at ${r.channels} calls; the AG hunts its lines: ${r.huntLine}.
 * Configure that hunt group on the AG (not part of this script). If the lines are instead
 * subscribers of this softswitch on an H.248 gateway, use the softswitch's own hunt group. */
</#if>
<#if r.kind == "ag" || r.kind == "sip">
/* SIP trunk group toward ${r.gatewayLine}, with its call source and sub-route, at most
 * ${r.channels} simultaneous calls (busy beyond that). [seen] form, without the long option lists */
ADD SIPTG: TG=${r.n}, CSC=${r.n}, SRT=${r.n}, TGN=${r.name}, MAXCALL=${r.channels}; /* [guess] MAXCALL (the call cap): verify against your switch's MML manual */
/* The SIP peer of the trunk group: address and transport. [seen] form */
ADD SIPIPPAIR: TG=${r.n}, TGN=${r.name}, OSU=${r.osu}, PTYPE=${r.ptype}; /* [guess] your version may also need IMN (the IFM module) and LSRVP (the local port): verify against your switch's MML manual */
</#if>
<#if r.kind == "isup">
/* ISUP trunk group on the trunk gateway MGW=${r.mgw}, toward the call center's signalling point
 * DSP=${r.dsp}, with its call source and sub-route. [seen] on MSoftX3000 by name; this numeric form [guess] */
ADD N7TG: TG=${r.n}, CSC=${r.n}, SRT=${r.n}, TGN=${r.name}, MGW=${r.mgw}, DSP=${r.dsp}; /* [guess] MGW, DSP: verify against your switch's MML manual */
<#list r.e1s as e>
/* E1 ${e.ordinal} of ${r.e1s?size}: CICs ${e.scic}-${e.ecic}, one block of 32 per E1 [seen]; the CICs of TS0 and TS16 carry no speech. */
ADD N7TKC: TG=${r.n}, SCIC=${e.scic}, ECIC=${e.ecic}, TID=${e.tid}; /* [guess] TID=${e.tid} (E1 ${e.e1} x 32, the first termination on the gateway): verify against your switch's MML manual */
</#list>
</#if>
<#if r.kind == "pri">
/* PRI (30B+D) trunk group on the trunk gateway MGW=${r.mgw}, with its call source and sub-route. [guess] object and parameters */
ADD PRATG: TG=${r.n}, CSC=${r.n}, SRT=${r.n}, TGN=${r.name}, MGW=${r.mgw}; /* [guess] PRATG and its parameters: verify against your switch's MML manual */
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
 * charging selection code ${r.chgBase}; the caller is not charged. [guess] chain CHGANA */
ADD CHGANA: CHSC=${r.chsc}, PAYER=CALLED, BASE=${r.chgBase}; /* [guess] CHGANA and its parameters: verify against your switch's MML manual */
</#if>
/* Called-number analysis, added last so the service opens only when its route exists:
 * ${r.pfx} dialled in DN set ${r.lp} with exactly ${r.len} digits (MINL=MAXL) takes route selection
 * code ${r.n} and number change ${r.n}; ${r.chscText}. CSA=${r.csa}: a local call. [seen] form */
ADD CNACLD: LP=${r.lp}, PFX=${r.pfx}, CSTP=BASE, CSA=${r.csa}, RSC=${r.n}, MINL=${r.len}, MAXL=${r.len}, CHSC=${r.chsc}, DCX=${r.n}, SDESCRIPTION=${r.name}; /* [guess] MINL=MAXL for the exact length, DCX (this prefix's number change): verify against your switch's MML manual */
</#list>
