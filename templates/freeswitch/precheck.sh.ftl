<#-- Produces precheck.sh for the freeswitch target from its model (FreeswitchModel): shows, read
     only, every object activate.sh would add and whatever already mentions the service codes. -->
#!/bin/sh
# precheck.sh: hotline ${version}, target freeswitch
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Read only: shows every file, extension and gateway activate.sh would add, and what in the
# dialplan mentions the service code today. Before activation each should be missing
# ("No such file", no extension found, "Invalid Gateway!"); anything else means the name or the
# code is taken: stop and find out why.
# Usage: FS_CONF=${confDir} ./precheck.sh
set -u

FS_CONF="${"$"}{FS_CONF:-${confDir}}"

# check_file DEST: is the fragment installed?
check_file() { echo "== file $FS_CONF/$1"; ls -l "$FS_CONF/$1" 2>&1; }

# check_code CODE: every dialplan line that mentions the code today
check_code() {
  echo "== dialplan lines mentioning $1"
  grep -rn --include='*.xml' "$1" "$FS_CONF/dialplan" || echo "(none)"
}

# check_extension NAME / check_gateway NAME: one object activate.sh would add
check_extension() {
  echo "== dialplan extension $1"
  grep -rn --include='*.xml' "name=\"$1\"" "$FS_CONF/dialplan" || echo "(no extension $1)"
}
check_gateway() { echo "== sofia gateway $1"; fs_cli -x "sofia status gateway $1"; }

check_file ${gatewaysInstalled}
check_file ${dialplanInstalled}
<#list services as s>

# ---- service ${s.code} (${s.nameEn})
check_code ${s.code}
check_extension ${s.noArea}
</#list>
<#list activations as a>

# ---- request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
check_extension ${a.extension}
check_gateway ${a.gatewayName}
</#list>
