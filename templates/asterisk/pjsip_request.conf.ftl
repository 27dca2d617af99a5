<#-- Produces pjsip_hotline_<request>.conf, one request's PJSIP trunk, from the asterisk target's
     model (AsteriskModel) with the request as `a`: one AOR and one endpoint named after the request,
     toward the gateway where the request's trunk to the call center ends. -->
; ${a.pjsipFile}: hotline ${version}, target asterisk
; Source: ${a.source}
; Request ${a.id} alone. Generated: do not edit by hand, regenerate with `hotline generate`.
; `activate.sh ${a.id}` installs this file as an #include of pjsip.conf and reloads PJSIP;
; `rollback.sh ${a.id}` removes it again.
; Dial(PJSIP/<line>@${a.endpoint}) in ${a.extensionsFile} sends INVITE sip:<line>@<gateway> through it.

;==============================================================================
; Request ${a.id}: trunk toward the call center of ${a.areaCode} ${a.cityZh} / ${a.cityEn}
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
