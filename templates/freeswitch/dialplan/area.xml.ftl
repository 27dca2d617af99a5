<#-- Produces dialplan/hotline-<code>-area-<request>.xml, one request's FreeSWITCH XML dialplan
     extension, from the freeswitch target's model (FreeswitchModel) with the request as `a`.
     Attribute values arrive XML-escaped. No XML declaration and the header inside <include>:
     FreeSWITCH's preprocessor pastes the file into the context, where a declaration would be out
     of place. -->
<include>
<!-- ${a.areaFile}: hotline ${version}, target freeswitch
     Source: ${a.source}
     Request ${a.id} alone. UTF-8. Generated: do not edit by hand, regenerate with `hotline generate`.
     `activate.sh ${a.id}` installs this file as ${a.areaInstalled}, which the stock
     dialplan/${context}.xml includes into context "${context}", and reloads the XML;
     `rollback.sh ${a.id}` removes it again.

     How a call flows: the caller dials the service code; the first extension whose two conditions
     hold (the dialled number, and the caller's number in that area) exports the charging mode to
     the CDR, caps the calls at the trunk's channels (503 beyond), and bridges to the lines one
     after the other over the request's sofia gateway (${a.gatewayFile}); every line busy or
     unanswered gives 486. A caller of an area without an activation reaches the 404 of
     ${a.noAreaFile}, included after this file because its name sorts after it.

     [guess] "${context}" is the context of registered subscribers in the stock configuration; if
     your callers arrive in another context, install the files into that context's folder.
     [guess] caller numbers are matched in national format (0, area code, local number), as
     caller_id_number holds them; if your network presents local or +86 numbers, normalise
     caller_id_number first. Verify both against your FreeSWITCH configuration. -->

  <!-- Request ${a.id} (${a.source})
       Area ${a.areaCode} ${a.provinceZh} ${a.cityZh} / ${a.provinceEn}, ${a.cityEn}; operator ${a.operator}
       ${a.service} -> bound number ${a.bound} (pilot)<#if a.remoteSeats>, remote seats: the translated leg is a toll call</#if>
       Hunt order: ${a.lines}; next line after ${a.noAnswerSeconds} s without answer
       Trunk: ${a.trunk}, at most ${a.channels} simultaneous calls, gateway ${a.gateway}
       Charging: ${a.charging} (${a.chargingZh} / ${a.chargingEn}) -->
  <extension name="${a.extension}">
    <!-- the service code, dialled with exactly its length -->
    <condition field="destination_number" expression="${a.destinationExpression}"/>
    <!-- a caller of ${a.areaCode}: the area code, then ${a.localLengths} local digits starting 2-8 -->
    <condition field="caller_id_number" expression="${a.callerExpression}">
      <!-- the charging mode and the request go to the CDR (export: on this leg and the line's) -->
      <action application="export" data="${a.exportCharging}"/>
      <action application="export" data="${a.exportRequest}"/>
      <!-- at most ${a.channels} calls at once; beyond, hang up with NORMAL_CIRCUIT_CONGESTION, which sofia sends as 503 -->
      <action application="limit" data="${a.limitData}"/>
      <!-- a failed bridge goes on to the next action; a call that was bridged ends here -->
      <action application="set" data="continue_on_fail=true"/>
      <action application="set" data="hangup_after_bridge=true"/>
      <!-- the lines in hunt order ('|': the next only after the previous failed), each ringing up to ${a.noAnswerSeconds} s -->
      <action application="bridge" data="${a.bridgeData}"/>
      <!-- every line busy or unanswered: 486 Busy Here -->
      <action application="respond" data="486"/>
    </condition>
  </extension>
</include>
