<#-- common.ftl: macros the three Huawei SoftX3000 scripts share: the file header, the declarations
     of pre-existing objects, and a request's section banner. Model built by HuaweiMmlTarget,
     RequestView and SoftX3000Target from the plan; every value arrives written as MML or as checked
     comment text. -->
<#macro header script purpose>
/* ==========================================================================
 * hotline ${version}: ${title} office data in Huawei MML: ${script}
 * ${purpose}
 * Target:   ${target}
 * Sources:  ${sources?join(", ")}
 * Requests: ${ids?join(", ")}
 * Indices:  from ${indexBase} (--index-base); each request takes one number for all its objects:
 *           <#list requests as r>${r.id} ${r.n}<#sep>, </#list>
 * Tags:     [seen] form seen in operator scripts; [doc] stated by vendor documentation;
 *           [guess] found in no source: verify against your switch's MML manual before running.
 * ========================================================================== */
</#macro>

<#macro preexisting>
/* Pre-existing objects these scripts refer to but do not add. Check each on the switch before
 * running; where yours differs, change the value everywhere in the three scripts. */
<#list assumptions as a>
/* assume ${a.space}: ${a.key} | ${a.text} */
</#list>
</#macro>

<#macro banner r>
/* ===== request ${r.id} ===== ${r.source}
 * Area:     ${r.areaLine}
 * Operator: ${r.operatorLine}
 * Service:  ${r.serviceLine}
 * Bound:    ${r.bound}; hunt group ${r.huntLine}
 * Trunk:    ${r.trunkLine}
 * Charging: ${r.chargingLine}
 * Index:    ${r.n} for every object of this request; callers' DN set LP=${r.lp}
 */
</#macro>
