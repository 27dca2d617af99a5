<#-- Produces extensions_hotline_<request>.conf, one request's part of the Asterisk dialplan, from
     the asterisk target's model (AsteriskModel) with the request as `a`: its caller-id matched
     entry into the service context, and its area context that caps, charges and hunts. -->
; ${a.extensionsFile}: hotline ${version}, target asterisk
; Source: ${a.source}
; Request ${a.id} alone. Generated: do not edit by hand, regenerate with `hotline generate`.
; `activate.sh ${a.id}` installs this file as an #include of extensions.conf (with the shared
; ${extensionsFile} if it is not there yet) and reloads the dialplan; `rollback.sh ${a.id}`
; removes it again. No other request's file refers to anything here.

;==============================================================================
; Service ${a.service}: callers of ${a.areaCode} ${a.cityZh} / ${a.cityEn} (${a.localLengths}-digit local numbers starting 2-8)
; enter request ${a.id}; callers no request matches get the 404 of ${extensionsFile}
;==============================================================================
[${a.serviceContext}]
<#list a.callerPatterns as p>
exten => ${a.service}/${p},1,Goto(${a.context},s,1)
</#list>

;==============================================================================
; Request ${a.id} (${a.source})
; Area ${a.areaCode} ${a.provinceZh} ${a.cityZh} / ${a.provinceEn}, ${a.cityEn}; operator ${a.operator}
; ${a.service} -> bound number ${a.bound} (pilot)<#if a.remoteSeats>, remote seats: the translated leg is a toll call</#if>
; Hunt order: <#list a.lines as l>${l.display}<#sep>, </#list>; next line after ${a.noAnswerSeconds} s without answer
; Trunk: ${a.trunk}, at most ${a.channels} simultaneous calls, gateway ${a.gateway}
; Charging: ${a.charging} (${a.chargingZh} / ${a.chargingEn})
;==============================================================================
[${a.context}]
; the charging mode travels in the CDR: billing reads userfield = hotline:<request>:<mode>
exten => s,1,Set(CDR(userfield)=${a.userfield})
; count this call in the request's group (category ${a.groupCategory}); the count includes this call
exten => s,n,Set(GROUP(${a.groupCategory})=${a.group})
; more calls than the trunk's ${a.channels} channels: 503 Service Unavailable
exten => s,n,GotoIf($[${"$"}{GROUP_COUNT(${a.group}@${a.groupCategory})} > ${a.channels}]?full,1)
<#list a.lines as l>
; line ${l?counter} of ${a.lines?size}: ${l.display}, rings up to ${a.noAnswerSeconds} s; BUSY, NOANSWER, CHANUNAVAIL or CONGESTION goes on
exten => s,n,Dial(PJSIP/${l.digits}@${a.endpoint},${a.noAnswerSeconds})
exten => s,n,GotoIf($["${"$"}{DIALSTATUS}" = "ANSWER"]?done,1)
</#list>
; every line busy or unanswered: 486 Busy Here (cause 17, user busy)
exten => s,n,Hangup(17)
; the trunk is full: 503 Service Unavailable (cause 34, congestion; chan_pjsip maps it to 503)
exten => full,1,Hangup(34)
; a line answered and the call is over
exten => done,1,Hangup()
