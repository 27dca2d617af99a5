<#-- rollback.mml.ftl: the Huawei SoftX3000 rollback: one RMV per object activate.mml.ftl adds, by
     its key, in exactly the reverse order (requests last to first); from the model SoftX3000Target
     builds from the plan. -->
<#import "common.ftl" as c>
<@c.header script="ROLLBACK" purpose="Removes exactly what activate.mml added, in reverse order: the prefix first, so calls stop before their route goes."/>

<@c.preexisting/>
<#list requests?reverse as r>

<@c.banner r/>
/* Stop the service first: the called-number analysis of ${r.pfx}. RMV by key: [guess] by convention */
RMV CNACLD: LP=${r.lp}, PFX=${r.pfx};
<#if r.chgana>
RMV CHGANA: CHSC=${r.chsc};
</#if>
RMV DNC: DCX=${r.n};
<#if r.kind == "pri">
<#list r.e1s?reverse as e>
RMV PRATKC: TG=${r.n}, SC=${e.scic};
</#list>
RMV PRATG: TG=${r.n};
</#if>
<#if r.kind == "isup">
<#list r.e1s?reverse as e>
RMV N7TKC: TG=${r.n}, SCIC=${e.scic};
</#list>
RMV N7TG: TG=${r.n};
</#if>
<#if r.kind == "ag" || r.kind == "sip">
RMV SIPIPPAIR: TG=${r.n};
RMV SIPTG: TG=${r.n};
</#if>
RMV RTANA: RSC=${r.n}, RSSC=${r.rssc};
RMV RT: R=${r.n};
RMV SRT: SRC=${r.n};
RMV OFC: O=${r.n};
RMV CALLSRC: CSC=${r.n};
</#list>
