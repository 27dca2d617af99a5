<#-- Produces precheck.sh for the freeswitch target from its model (FreeswitchModel): one section
     per request that shows, read only, every object activate.sh would add for it and whatever
     already mentions its service code. -->
#!/bin/sh
# precheck.sh: hotline ${version}, target freeswitch
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Usage: FS_CONF=${confDir} ./precheck.sh [REQUEST...]
#   REQUEST is one of: ${requestIds}; none given means all of them.
# Read only: shows every file, extension and gateway activate.sh would add for the requests, and
# what in the dialplan mentions the service code today. Before activation each request's files,
# extension and gateway should be missing ("No such file", no extension found, "Invalid
# Gateway!"); anything else means the name or the code is taken: stop and find out why. The
# service's 404 file and extension exist already when another request of the service is active.
set -u

FS_CONF="${"$"}{FS_CONF:-${confDir}}"
REQUESTS="<#list activations as a>${a.id}<#sep> </#list>"

[ "$#" -gt 0 ] || set -- $REQUESTS
for r in "$@"; do
  case " $REQUESTS " in
    *" $r "*) ;;
    *) echo "precheck.sh: expected a request of: $REQUESTS, but got '$r'" >&2; exit 2 ;;
  esac
done
SELECTED=" $* "
# wanted REQUEST: was the request named (or all requests, none named)?
wanted() { case "$SELECTED" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# check_file DEST: is the file installed?
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
<#list activations as a>

# ==== request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
if wanted ${a.id}; then
  check_file ${a.gatewayInstalled}
  check_file ${a.noAreaInstalled}
  check_file ${a.areaInstalled}
  check_code ${a.service}
  check_extension ${a.noArea}
  check_extension ${a.extension}
  check_gateway ${a.gatewayName}
fi
</#list>
