<#--
  zte-softswitch/common.ftl: the file header and the request banner shared by activate.mml.ftl,
  precheck.mml.ftl and rollback.mml.ftl. Model: hotline.target.zte.ZteViewModel (every value
  already checked for MML by hotline.target.zte.MmlText).
-->
<#macro header what>
// hotline ${version}: ZTE softswitch / IMS (ZXSS10, ZXUN) office data, MML
// File:     ${what}
// Target:   ${target}
// Sources:  <#list sources as s>${s}<#sep>, </#sep></#list>
// Requests: <#list requestIds as id>${id}<#sep>, </#sep></#list>
// Indices:  from ${indexBase} (--index-base), one per request, in input order
//
// Confidence: a command marked [seen] has the form seen in operator scripts (names real,
// meanings inferred). A line marked [guess] was not found in any source: verify it against
// your switch's MML manual before running it. Never run a [guess] line unread.
// Each request's section runs alone: it names only its own objects and the objects it
// "requires" (must exist already), and ends with the table sync SYN:DATABASE="ALL"; [seen].
// Network elements: the seen scripts put the trunk, routing and number analysis on the
// softswitch / MGCF (on every MGCF of the pair), the hunt group on the SSS (on every SSS),
// the concurrency cap on the border controller (ISBC). Run each block where its banner says.
</#macro>

<#macro banner r>
// ======================================================================================
// Request ${r.id} (${r.source})
//   Area      ${r.areaCode} ${r.provinceZh} ${r.cityZh} / ${r.provinceEn}, ${r.cityEn} (${r.operator})
//   Service   ${r.service} ${r.serviceZh} / ${r.serviceEn}
//   Bound     ${r.bound} (pilot 引示号)<#if r.hunts>, hunting <#list r.lines as l>${l.display}<#sep>, </#sep></#list> in this order, ${r.noAnswerSeconds} s without answer moves on</#if><#if r.remoteSeats>; remote seats: the bound number lies in another local network, the translated leg is a toll call</#if>
//   Trunk     ${r.trunkZh}: ${r.trunk}
//   Charging  ${r.charging}
//   Indices   ${r.index} for every object this section adds; analysis entrance ENTR=${r.entrance}
// ======================================================================================
</#macro>
