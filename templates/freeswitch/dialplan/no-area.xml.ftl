<#-- Produces dialplan/hotline-<code>-no-area.xml, the 404 extension of one service code that all
     its requests share, from the freeswitch target's model (FreeswitchModel) with the service as
     `s`. Attribute values arrive XML-escaped. -->
<include>
<!-- ${s.noAreaFile}: hotline ${version}, target freeswitch
     Service ${s.code} (${s.nameZh} / ${s.nameEn}): the 404 for callers of areas without an activation,
     shared by the service's requests. Generated: do not edit by hand.
     activate.sh installs it as ${s.noAreaInstalled} with the service's first request, and
     rollback.sh removes it once no ${dialplanInstalled}hotline-${s.code}-area-*.xml is left.
     It must come after every area extension of the service, which it would otherwise shadow:
     FreeSWITCH includes ${dialplanInstalled}*.xml in the order glob(3) sorts the names, and
     "hotline-${s.code}-no-area.xml" sorts after every "hotline-${s.code}-area-<request>.xml" ('n' after 'a'
     at the first place they differ, in byte order and in a locale's collation alike). -->

  <!-- ${s.code} from a caller of any other area: 404 Not Found. Must stay after the area extensions. -->
  <extension name="${s.noArea}">
    <condition field="destination_number" expression="${s.expression}">
      <action application="respond" data="404"/>
    </condition>
  </extension>
</include>
