<#-- Produces sip_profiles/hotline-gateway-<request>.xml, one request's sofia gateway, from the
     freeswitch target's model (FreeswitchModel) with the request as `a`: toward the gateway where
     its trunk to the call center ends. Attribute values arrive XML-escaped. -->
<include>
<!-- ${a.gatewayFile}: hotline ${version}, target freeswitch
     Source: ${a.source}
     Request ${a.id} alone. Generated: do not edit by hand, regenerate with `hotline generate`.
     `activate.sh ${a.id}` installs this file as ${a.gatewayInstalled}, which the stock
     sip_profiles/${profile}.xml includes inside its gateways, and rescans the profile;
     `rollback.sh ${a.id}` kills the gateway and removes the file.
     [guess] "${profile}" is the stock profile for trunks; verify against your configuration. -->

  <!-- Request ${a.id}: trunk toward the call center of ${a.areaCode} ${a.cityZh} / ${a.cityEn}
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
</include>
