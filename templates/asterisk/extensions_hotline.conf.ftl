<#-- Produces extensions_hotline.conf, the Asterisk dialplan fragment, from the asterisk target's
     model (AsteriskModel): one context per service code that picks the caller's area by the
     caller's number, and one context per request that caps, charges and hunts. -->
; ${extensionsFile}: hotline ${version}, target asterisk
; Sources: <#list sources as s>${s}<#sep>, </#list>
; Requests: ${requestIds}
; Generated: do not edit by hand, regenerate with `hotline generate`. activate.sh installs this file
; as an #include of extensions.conf and reloads the dialplan; rollback.sh removes it again.
;
; How a call flows:
;   the caller dials the service code -> [hotline-service-<code>] matches the caller's number
;   against each activated area -> [hotline-area-<request>] marks the charging mode in the CDR,
;   caps the calls at the trunk's channels (503 beyond), and dials the lines one after the other
;   over the request's trunk endpoint (${pjsipFile}); every line busy or unanswered -> 486.
;   A caller of an area without an activation gets 404.
;
; Entry point (not done by activate.sh, because that context is yours): add
;<#list services as s>
;   include => ${s.context}
;</#list>
; to the context your subscribers' calls enter, before anything there that matches the code.
; [guess] caller numbers are matched in national format (0, area code, local number), as
; ${"$"}{CALLERID(num)} holds them; if your network presents local or +86 numbers, normalise
; ${"$"}{CALLERID(num)} before the include. Verify against your Asterisk version's documentation.
<#list services as s>

;==============================================================================
; Service ${s.code} (${s.nameZh} / ${s.nameEn}): which area is the caller in?
;==============================================================================
[${s.context}]
exten => ${s.code},1,NoOp(hotline ${s.code}: route by the caller's area)
<#list s.areas as a>
; ${a.id}: ${a.areaCode} ${a.cityZh} ${a.cityEn}, callers ${a.areaCode} + a local number of ${a.localLengths} digits starting 2-8
exten => ${s.code},n,GotoIf(${"$"}{REGEX("${a.callerPattern}" ${"$"}{CALLERID(num)})}?${a.context},s,1)
</#list>
; no activated area matches the caller: 404 Not Found (cause 1, unallocated number; chan_pjsip maps it to 404)
exten => ${s.code},n,Hangup(1)
</#list>
<#list activations as a>

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
</#list>
