<#-- Produces rollback.sh for the freeswitch target from its model (FreeswitchModel): one section
     per request, last request first, that removes exactly what activate.sh added for it, in
     reverse order. -->
#!/bin/sh
# rollback.sh: hotline ${version}, target freeswitch
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Usage: FS_CONF=${confDir} ./rollback.sh [REQUEST...]
#   REQUEST is one of: ${requestIds}; none given means all of them. The requests are rolled back
#   last first, each on its own and in the reverse order of its activation: its
#   ${areaFilePattern} (and the shared ${noAreaFilePattern} when
#   no ${dialplanInstalled}hotline-<code>-area-*.xml of the service is left, whichever run activated it),
#   reload the XML; then kill its gateway and remove its ${gatewayFilePattern}, reload.
#   Nothing else in the configuration is touched; a request that is not installed is a no-op.
#   Afterwards precheck.sh with the same arguments should show none of its objects any more.
set -eu

FS_CONF="${"$"}{FS_CONF:-${confDir}}"
REQUESTS="<#list activations as a>${a.id}<#sep> </#list>"

[ "$#" -gt 0 ] || set -- $REQUESTS
for r in "$@"; do
  case " $REQUESTS " in
    *" $r "*) ;;
    *) echo "rollback.sh: expected a request of: $REQUESTS, but got '$r'" >&2; exit 2 ;;
  esac
done
SELECTED=" $* "
# wanted REQUEST: was the request named (or all requests, none named)?
wanted() { case "$SELECTED" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# remove_file DEST: delete a file activate.sh installed
remove_file() { rm -f "$FS_CONF/$1"; }

# remove_shared DEST: remove_file once no area file of the service (DEST without -no-area.xml,
# then -area-*.xml) is left
remove_shared() {
  for f in "$FS_CONF/${"$"}{1%${noAreaSuffix}}"-area-*.xml; do
    if [ -e "$f" ]; then
      return 0
    fi
  done
  remove_file "$1"
}

# kill_gateway NAME: stop a gateway in the running profile
kill_gateway() { fs_cli -x "sofia profile ${profile} killgw $1"; }
<#list activations?reverse as a>

# ==== request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.trunk}
if wanted ${a.id}; then
  # 2. the dialplan first, so no call is bridged to a gateway that is going away
  remove_file ${a.areaInstalled}
  remove_shared ${a.noAreaInstalled}
  fs_cli -x 'reloadxml'
  # 1. then the gateway
  kill_gateway ${a.gatewayName}
  remove_file ${a.gatewayInstalled}
  fs_cli -x 'reloadxml'
fi
</#list>
