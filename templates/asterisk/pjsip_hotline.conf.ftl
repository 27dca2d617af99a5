<#-- Produces pjsip_hotline.conf, the PJSIP fragment, from the asterisk target's model
     (AsteriskModel): one AOR and one endpoint per request, named after the request, toward the
     gateway where the request's trunk to the call center ends. -->
; ${pjsipFile}: hotline ${version}, target asterisk
; Sources: <#list sources as s>${s}<#sep>, </#list>
; Requests: ${requestIds}
; Generated: do not edit by hand, regenerate with `hotline generate`. activate.sh installs this file
; as an #include of pjsip.conf and reloads PJSIP; rollback.sh removes it again.
; Dial(PJSIP/<line>@<endpoint>) in ${extensionsFile} sends INVITE sip:<line>@<gateway> through these.
<#list activations as a>

;==============================================================================
; Request ${a.id} (${a.source}): trunk toward the call center of ${a.areaCode} ${a.cityZh} / ${a.cityEn}
; ${a.trunk}, at most ${a.channels} simultaneous calls (the cap is in the dialplan)
;==============================================================================
[${a.endpoint}]
type=aor
; where the trunk ends: the gateway in front of the call center
contact=${a.contact}

[${a.endpoint}]
type=endpoint
aors=${a.endpoint}
; [guess] G.711 A-law first (the codec of Chinese E1 trunks), then mu-law: match the gateway's codecs
disallow=all
allow=alaw,ulaw
<#if a.tcp>
; [guess] a transport=tcp section must already exist in pjsip.conf for this TCP contact; verify against your pjsip.conf
</#if>
</#list>
