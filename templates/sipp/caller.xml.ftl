<#-- Produces caller.xml: the SIPp caller (UAC) scenario of hotline load and verify --engine sipp,
     from the model: version, failureStatuses (the final statuses a call may be rejected with),
     holdMs (how long an answered call stays up before the BYE, 0 for none). Per call, the
     injection file (-inf callers-<area>.csv) gives field0 = the caller's number, field1 = the
     digits dialled, field2 = the line that must answer (for the log only: the call center
     checks it). -->
<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<!--
  hotline ${version} - SIPp caller (generated: edit templates/sipp/caller.xml.ftl instead)

  One call per CSV row: INVITE sip:[field1]@switch from sip:[field0] (From and
  P-Asserted-Identity), then
    2xx: ACK and BYE along the answer's Record-Route ([routes], [next_url]),
         after a hold of ${holdMs} ms; logs "RESULT 200 <call-id> <answering line> <expected line>"
    a listed failure status: ACK (hop by hop, the INVITE's branch); logs
         "RESULT <status> <call-id> - <expected line>" and marks the call failed
    anything else: SIPp aborts the call (failed, in the error file)
  Timer "setup" (-trace_rtt): INVITE sent -> 200 received.
-->
<scenario name="hotline caller">
  <send retrans="500" start_rtd="setup">
    <![CDATA[
      INVITE sip:[field1]@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
      To: <sip:[field1]@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:[field0]@[local_ip]:[local_port]>
      P-Asserted-Identity: <sip:[field0]@[local_ip]>
      Max-Forwards: 70
      Subject: hotline load
      Content-Length: 0

    ]]>
  </send>

  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="183" optional="true"/>
  <recv response="200" optional="true" rrs="true" rtd="setup" next="answered">
    <action>
      <!-- the call center's Contact user is the line the INVITE reached -->
      <ereg regexp="sip:([^@;>]*)@" search_in="hdr" header="Contact:" check_it="true" assign_to="contact,answeredBy"/>
    </action>
  </recv>
<#list failureStatuses as status>
  <recv response="${status}"<#if status?has_next> optional="true"</#if> next="failed">
    <action>
      <assignstr assign_to="status" value="${status}"/>
      <!-- never matches: marks the call failed in SIPp's own counters -->
      <ereg regexp="^2" search_in="var" variable="status" check_it="true" assign_to="notAnswered"/>
    </action>
  </recv>
</#list>

  <!-- answered: ACK, hold, BYE -->
  <label id="answered"/>
  <nop><action><log message="RESULT 200 [call_id] [$answeredBy] [field2]"/></action></nop>
  <send>
    <![CDATA[
      ACK [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
      To: <sip:[field1]@[remote_ip]:[remote_port]>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 1 ACK
      [routes]
      Contact: <sip:[field0]@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
<#if holdMs gt 0>
  <pause milliseconds="${holdMs}"/>
</#if>
  <send retrans="500">
    <![CDATA[
      BYE [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
      To: <sip:[field1]@[remote_ip]:[remote_port]>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 2 BYE
      [routes]
      Contact: <sip:[field0]@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <recv response="200" crlf="true"/>
  <nop next="end"/>

  <!-- rejected: ACK the final response (same branch as the INVITE) -->
  <label id="failed"/>
  <nop><action><log message="RESULT [$status] [call_id] - [field2]"/></action></nop>
  <send>
    <![CDATA[
      ACK sip:[field1]@[remote_ip]:[remote_port] SIP/2.0
      [last_Via:]
      From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <label id="end"/>

  <!-- assigned for their side effects only -->
  <Reference variables="contact,notAnswered"/>
</scenario>
