<#-- Produces sip_profiles/hotline-gateways.xml, the sofia gateways fragment, from the freeswitch
     target's model (FreeswitchModel): one gateway per request toward the gateway where its trunk
     to the call center ends. Attribute values arrive XML-escaped. -->
<include>
<!-- ${gatewaysFile}: hotline ${version}, target freeswitch
     Sources: <#list sources as s>${s}<#sep>, </#list>
     Requests: ${requestIds}
     Generated: do not edit by hand, regenerate with `hotline generate`. activate.sh installs this
     file as ${gatewaysInstalled}, which the stock sip_profiles/${profile}.xml includes inside
     its gateways, and rescans the profile; rollback.sh kills the gateways and removes the file.
     [guess] "${profile}" is the stock profile for trunks; verify against your configuration. -->
<#list activations as a>

  <!-- Request ${a.id} (${a.source}): trunk toward the call center of ${a.areaCode} ${a.cityZh} / ${a.cityEn}
       ${a.trunk}, at most ${a.channels} simultaneous calls (the cap is the dialplan's limit) -->
  <gateway name="${a.gatewayName}">
    <!-- where the trunk ends: the gateway in front of the call center -->
    <param name="proxy" value="${a.proxy}"/>
    <!-- a trunk to a call center: no registration -->
    <param name="register" value="false"/>
    <!-- send the caller's number in From, so the call center sees who calls -->
    <param name="caller-id-in-from" value="true"/>
<#if a.tcp>
    <!-- [guess] the transport for calls through this gateway; verify against your FreeSWITCH version -->
    <param name="register-transport" value="tcp"/>
</#if>
  </gateway>
</#list>
</include>
