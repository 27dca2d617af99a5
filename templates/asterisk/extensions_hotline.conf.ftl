<#-- Produces extensions_hotline.conf, the part of the Asterisk dialplan all requests share, from the
     asterisk target's model (AsteriskModel): for each service code, the entry context with the 404
     for callers of areas without an activation. Each request adds its own caller-id matched entry
     to the same context from its own file (extensions_request.conf.ftl). -->
; ${extensionsFile}: hotline ${version}, target asterisk
; The part every request's ${extensionsPattern} needs: the entry context of each service code and
; its 404 for callers of areas without an activation. Generated: do not edit by hand.
; activate.sh installs it (and its #include in extensions.conf) with the first request; rollback.sh
; removes it with the last request still included from extensions.conf.
;
; How a call flows:
;   the caller dials the service code -> [hotline-service-<code>]: each activated request's file
;   adds `exten => <code>/<caller pattern>,1,Goto(hotline-area-<request>,s,1)` to that context;
;   a caller no request matches reaches the plain `exten => <code>` below: 404.
; [guess] Asterisk merges the contexts of one name from several files into one, and tries the
; caller-id matched extensions before the plain one of the same number, whatever the file order;
; check with `dialplan show <code>@hotline-service-<code>` after activation.
;
; Entry point (not done by activate.sh, because that context is yours): add
<#list services as s>
;   include => ${s.context}
</#list>
; to the context your subscribers' calls enter, before anything there that matches the code.
; [guess] caller numbers are matched in national format (0, area code, local number), as
; ${"$"}{CALLERID(num)} holds them; if your network presents local or +86 numbers, normalise
; ${"$"}{CALLERID(num)} before the include. Verify against your Asterisk version's documentation.
<#list services as s>

;==============================================================================
; Service ${s.code} (${s.nameZh} / ${s.nameEn}): callers of areas without an activation
;==============================================================================
[${s.context}]
exten => ${s.code},1,NoOp(hotline ${s.code}: no activated area matches the caller)
; 404 Not Found (cause 1, unallocated number; chan_pjsip maps it to 404)
exten => ${s.code},n,Hangup(1)
</#list>
