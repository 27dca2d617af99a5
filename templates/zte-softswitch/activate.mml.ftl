<#--
  zte-softswitch/activate.mml.ftl: the ZTE MML activation script, one section per request of the
  plan: routing toward the call center (digital trunks), concurrency cap (SIP trunks), hunt group
  (analog lines with more than the pilot), number change and called-number analysis of the
  service code, table sync. Model: hotline.target.zte.ZteViewModel. rollback.mml.ftl must remove
  exactly these objects in the reverse order (checked by hotline.target.zte.check.ZteScriptChecker).
-->
<#import "common.ftl" as c>
<@c.header what="activate.mml: adds the office data of every request"/>
<#list requests as r>

<@c.banner r/>
// [check] ENTR=${r.entrance} must be the number-analysis entrance your ${r.areaCode} ${r.cityEn} callers already use.
// hotline cannot know it and numbers entrances from the index base per area: replace it everywhere in this
// section (and in pre-check and rollback) if yours differs, or 12333 is opened for the wrong callers.
// requires ENTR:ENTR=${r.entrance};
<#if r.hunts>
// The hunt lines are existing subscribers of the SSS that serves them<#if r.remoteSeats> (remote seats: the one serving ${r.bound})</#if>:
<#list r.lines as l>
// requires OSU SBR:PUI="${l.pui}";
</#list>
</#if>
<#if r.digital>

// ---- softswitch / MGCF: the route toward the call center ----
// Adjacent office of the call center. [guess] parameter set - verify against your switch's MML manual.
// The seen form also carries module, signalling point (DPC, SPC format) and network data. Add the
// signalling of this office (<#if r.sip>SIP links and route set<#elseif r.signalling == "isup">No.7 link set and ${r.trunkCount} E1 of circuits<#else>PRI D channel and ${r.trunkCount} E1</#if>) before the trunk group.
ADD ADJOFC:ID=${r.index},NAME="${r.name}",OFCTYPE="PSTN",PRTCTYPE="CHINA";
<#if r.sip>
// Trunk group on office ${r.index}, SIP, both directions [seen].
<#else>
// Trunk group on office ${r.index}, both directions [seen]; LINE="${r.line}" [guess] - verify against your switch's MML manual (only LINE="SIP" is seen).
</#if>
ADD TG RTP:TG=${r.index},OFC=${r.index},LINE="${r.line}",NAME="${r.name}",KIND="BIDIR";
// Route: trunk group ${r.index} [seen].
ADD RT:RT=${r.index},TG=${r.index},NAME="${r.name}";
// Route set: route ${r.index} alone, by priority [seen]; RTINFO=1-<route>-0-0-255 is the seen form, its fields' meaning inferred.
ADD RTS:RTS=${r.index},NAME="${r.name}",RTINFO=1-${r.index}-0-0-255,RTFLG="PEAR",CTLFLG="PRIO";
// Route chain: route set ${r.index} first [seen].
ADD CHAIN:CHAIN=${r.index},RTS1=${r.index},NAME="${r.name}";
</#if>
<#if r.sip>

// ---- border controller (ISBC): concurrency cap 并发数 ----
// At most ${r.channels} simultaneous calls (${r.trunkCount} E1 x 30), further calls get congestion [seen: UGMAXCALLNUM].
// Attach the profile to the call center's signalling pool as your ISBC requires (ADD INST CACRULE,
// ADD POLICY ATTACH are seen): hotline has no pool data. Save the ISBC configuration afterwards.
ADD CAC PROFILE:CACPROFILEID=${r.index},CPDESC="${r.name}",UGMAXCALLNUM=${r.channels};
<#elseif r.digital>

// Concurrency: the ${r.trunkCount} E1 carry at most ${r.channels} calls; no CAC profile for a TDM trunk.
<#else>

// Concurrency: ${r.trunkCount} analog line<#if r.trunkCount != 1>s</#if>, one call each; no CAC profile.
</#if>
<#if r.hunts>

// ---- SSS serving the lines: hunt group 轮选组 (on every SSS of the pair) ----
// Hunt group ${r.index}, sequential selection [seen: ADD CALLGROUP; SELMODE="SEQS" seen in an exported configuration, meaning inferred].
ADD CALLGROUP:GRPNO="${r.index}",NAME="${r.name}",SELMODE="SEQS";
// The pilot ${r.bound} is the group's public service identity [seen].
ADD CALLGRPPSI:PSI="${r.pilotPui}",GRPNO="${r.index}";
// Member lines 小号 in hunt order, the pilot's own line first; the caller sees and is charged to the pilot [seen].
<#list r.lines as l>
SET OSU FA:PUI="${l.pui}",PILOT="${r.pilotPui}",DISPILOT="YES",CHARGPILOT="YES";
</#list>
// [guess] no-answer timer ${r.noAnswerSeconds} s before the next line: no ZTE parameter seen, set it by hand - verify against your switch's MML manual.
</#if>

// ---- softswitch / MGCF: number change and called-number analysis ----
// [guess] number change ${r.service} -> ${r.boundDigits}, object DDI and its parameters not seen - verify against your switch's MML manual.
// It replaces ${r.length} digits from position 0 by the bound number in national format.
ADD DDI:DDI=${r.index},NAME="${r.name}",CHGTYPE="MODIFY",POS=0,LEN=${r.length},NEWNUM="${r.boundDigits}";
// Called-number analysis of ${r.service} for entrance ${r.entrance}: local-call category, exactly ${r.length} digits [seen: ADD TPDNAL,
// DIGIT plain as seen there; rollback removes the entry with DEL DNAL and a quoted DIGIT, also as seen].
<#if r.digital>
// RST1 = route chain ${r.index} toward the call center [seen].
<#else>
<#if r.remoteSeats>
// [guess] no RST1: ${r.bound} is analysed again, as a toll number toward ${r.boundArea}, and reaches the hunt group there - verify against your switch's MML manual.
<#else>
// [guess] no RST1: ${r.bound} is analysed again and reaches the hunt group on this office - verify against your switch's MML manual.
</#if>
// If your switch needs a re-analysis flag or a terminating route for that, add it here.
</#if>
// [guess] TPDDI (seen on ADD TPDNAL) taken as the number-change index DDI=${r.index} - verify against your switch's MML manual.
// [guess] CHARGCATEGORY="${r.chargCategory}" (seen on subscriber data, not on TPDNAL): the caller is <#if r.chargCategory == "FREE">not charged<#else>charged an ordinary local call</#if> - verify against your switch's MML manual.
<#if r.calledPays>
// [guess] called-pays: no ZTE parameter seen, bill the call center from the CDRs with your billing team - verify against your switch's MML manual.
</#if>
ADD TPDNAL:ENTR=${r.entrance},DIGIT=${r.service},CAT="LOL",<#if r.digital>RST1=${r.index},</#if>MINLEN=${r.length},MAXLEN=${r.length},TPDDI=${r.index},CHARGCATEGORY="${r.chargCategory}";

// Table sync [seen].
SYN:DATABASE="ALL";
</#list>
