<#-- precheck.mml.ftl: the Huawei SoftX3000 pre-check, one LST per object activate.mml.ftl adds,
     by its key, one section per request; from the model SoftX3000Target builds from the plan. -->
<#import "common.ftl" as c>
<@c.header script="PRE-CHECK" purpose="Lists every object the activation would add: each LST must find nothing, else the index or prefix is taken."/>

<@c.preexisting/>
<#list requests as r>

<@c.banner r/>
/* Is the prefix free? Nothing may analyse ${r.pfx} in DN set ${r.lp} yet. */
LST CNACLD: LP=${r.lp}, PFX=${r.pfx};
/* Are the indices ${r.n} free? */
LST CALLSRC: CSC=${r.n};
LST OFC: O=${r.n};
LST SRT: SRC=${r.n};
LST RT: R=${r.n};
LST RTANA: RSC=${r.n}, RSSC=${r.rssc};
<#if r.kind == "ag" || r.kind == "sip">
LST SIPTG: TG=${r.n};
LST SIPIPPAIR: TG=${r.n};
</#if>
<#if r.kind == "isup">
LST N7TG: TG=${r.n};
<#list r.e1s as e>
LST N7TKC: TG=${r.n}, SCIC=${e.scic};
</#list>
</#if>
<#if r.kind == "pri">
LST PRATG: TG=${r.n};
<#list r.e1s as e>
LST PRATKC: TG=${r.n}, SC=${e.scic};
</#list>
</#if>
LST DNC: DCX=${r.n};
<#if r.chgana>
LST CHGANA: CHSC=${r.chsc};
</#if>
</#list>
