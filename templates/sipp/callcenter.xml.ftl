<#-- Produces callcenter.xml: the SIPp call-center (UAS) scenario of hotline load and verify
     --engine sipp, from the model: version, linesFile (the indexed injection file, passed with
     -inf and -infindex FILE 0, whose rows are "<caller>:<dialled>;<expected line>"; "-" for a
     call that must reach no line). -->
<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<!--
  hotline ${version} - SIPp call center (generated: edit templates/sipp/callcenter.xml.ftl instead)

  Every INVITE: the line is the Request-URI user, the caller the From user, the
  dialled number the To user. The expected line is looked up in ${linesFile} by
  "<caller>:<dialled>". Logs "ARRIVAL <line> <call-id> <caller> <dialled> <expected>
  AT <epoch seconds> <microseconds>" (the INVITE's arrival, from gettimeofday).
    expected line: 180, 200 (echoing Record-Route, so ACK and BYE come through
                   the switch); ACK (may cross the BYE: optional); BYE -> 200
    any other line: 606 Wrong Line, ACK; the call is marked failed
  SIPp matches calls by Call-ID: the switch stops hunting on 606 (a global
  failure), so no second INVITE of the call can follow.
-->
<scenario name="hotline call center">
  <recv request="INVITE" crlf="true">
    <action>
      <gettimeofday assign_to="arrivedSeconds,arrivedMicros"/>
      <ereg regexp="^INVITE sips?:([^@ ]*)@" search_in="msg" check_it="true" assign_to="requestUri,line"/>
      <ereg regexp="sips?:([^@;>]*)@" search_in="hdr" header="From:" check_it="true" assign_to="fromUri,caller"/>
      <ereg regexp="sips?:([^@;>]*)@" search_in="hdr" header="To:" check_it="true" assign_to="toUri,dialled"/>
      <lookup assign_to="row" file="${linesFile}" key="[$caller]:[$dialled]"/>
      <test assign_to="unknown" variable="row" compare="less_than" value="0"/>
    </action>
  </recv>
  <nop next="wrong" test="unknown">
    <action><assignstr assign_to="expected" value="(none)"/></action>
  </nop>
  <nop>
    <action>
      <assignstr assign_to="expected" value="[field1 file=&quot;${linesFile}&quot; line=&quot;[$row]&quot;]"/>
      <strcmp assign_to="difference" variable="line" variable2="expected"/>
      <test assign_to="wrongLine" variable="difference" compare="not_equal" value="0"/>
    </action>
  </nop>
  <nop next="wrong" test="wrongLine"/>

  <nop><action><log message="ARRIVAL [$line] [call_id] [$caller] [$dialled] [$expected] AT [$arrivedSeconds] [$arrivedMicros]"/></action></nop>
  <send>
    <![CDATA[
      SIP/2.0 180 Ringing
      [last_Via:]
      [last_Record-Route:]
      [last_From:]
      [last_To:];tag=[pid]SIPpTag01[call_number]
      [last_Call-ID:]
      [last_CSeq:]
      Contact: <sip:[$line]@[local_ip]:[local_port]>
      Content-Length: 0

    ]]>
  </send>
  <send retrans="500">
    <![CDATA[
      SIP/2.0 200 OK
      [last_Via:]
      [last_Record-Route:]
      [last_From:]
      [last_To:];tag=[pid]SIPpTag01[call_number]
      [last_Call-ID:]
      [last_CSeq:]
      Contact: <sip:[$line]@[local_ip]:[local_port]>
      Content-Length: 0

    ]]>
  </send>
  <!-- the switch may forward the BYE before the ACK: a late ACK goes to the dead call -->
  <recv request="ACK" optional="true" crlf="true"/>
  <recv request="BYE"/>
  <send>
    <![CDATA[
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0

    ]]>
  </send>
  <nop next="end"/>

  <!-- reached a line it must not reach: refuse, and count the call as failed -->
  <label id="wrong"/>
  <nop><action><log message="ARRIVAL [$line] [call_id] [$caller] [$dialled] [$expected] AT [$arrivedSeconds] [$arrivedMicros] WRONG"/></action></nop>
  <send>
    <![CDATA[
      SIP/2.0 606 Wrong Line
      [last_Via:]
      [last_From:]
      [last_To:];tag=[pid]SIPpTag01[call_number]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0

    ]]>
  </send>
  <recv request="ACK">
    <action>
      <!-- never matches: marks the call failed in SIPp's own counters -->
      <ereg regexp="^$" search_in="var" variable="line" check_it="true" assign_to="wrongMarker"/>
    </action>
  </recv>
  <label id="end"/>

  <!-- assigned for their side effects only -->
  <Reference variables="requestUri,fromUri,toUri,wrongMarker,difference"/>
</scenario>
