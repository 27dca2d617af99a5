<#-- Produces activate.sh for the freeswitch target from its model (FreeswitchModel): one section
     per request that copies its gateway file and its dialplan file (and its service's 404 file
     once) into the stock include folders, reloads the XML and rescans the profile. -->
#!/bin/sh
# activate.sh: hotline ${version}, target freeswitch
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Usage: FS_CONF=${confDir} ./activate.sh [REQUEST...]   (as a user who may write there and run fs_cli)
#   REQUEST is one of: ${requestIds}; none given means all of them. The requests are activated
#   in the order listed above, each on its own: its ${gatewayFilePattern} to
#   ${gatewayInstalled}, its ${areaFilePattern} to ${dialplanInstalled},
#   reload the XML, rescan the "${profile}" profile (which starts the gateway), and nothing of any
#   other request is touched. The service's first request also installs the shared
#   ${noAreaFilePattern} (the 404 for callers of areas without an activation; its
#   name sorts after the requests' files, so FreeSWITCH includes it after them); later requests,
#   from this run or another, leave it as it is.
#   A request whose files are installed already is refused before anything changes.
#   Run precheck.sh with the same arguments first; rollback.sh with them undoes this.
set -eu

FS_CONF="${"$"}{FS_CONF:-${confDir}}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REQUESTS="<#list activations as a>${a.id}<#sep> </#list>"

[ "$#" -gt 0 ] || set -- $REQUESTS
for r in "$@"; do
  case " $REQUESTS " in
    *" $r "*) ;;
    *) echo "activate.sh: expected a request of: $REQUESTS, but got '$r'" >&2; exit 2 ;;
  esac
done
SELECTED=" $* "
# wanted REQUEST: was the request named (or all requests, none named)?
wanted() { case "$SELECTED" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# refuse_existing DEST REQUEST: stop before changing anything if the request is still installed
refuse_existing() {
  if [ -e "$FS_CONF/$1" ]; then
    echo "activate.sh: $FS_CONF/$1 exists already; run rollback.sh $2 first" >&2
    exit 1
  fi
}
<#list activations as a>
if wanted ${a.id}; then refuse_existing ${a.gatewayInstalled} ${a.id}; refuse_existing ${a.areaInstalled} ${a.id}; fi
</#list>

# install_file SOURCE DEST: copy a generated file into the configuration folder
install_file() {
  mkdir -p "$(dirname "$FS_CONF/$2")"
  cp "$HERE/$1" "$FS_CONF/$2"
}

# install_shared SOURCE DEST: install_file unless DEST is installed already
install_shared() { [ -e "$FS_CONF/$2" ] || install_file "$1" "$2"; }

# show_gateway NAME: the gateway's state in sofia
show_gateway() { fs_cli -x "sofia status gateway $1"; }
<#list activations as a>

# ==== request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
if wanted ${a.id}; then
  # 1. the gateway first: the dialplan's bridge names it
  install_file ${a.gatewayFile} ${a.gatewayInstalled}
  # 2. then the service's 404 (once) and the request's extension
  install_shared ${a.noAreaFile} ${a.noAreaInstalled}
  install_file ${a.areaFile} ${a.areaInstalled}
  fs_cli -x 'reloadxml'
  fs_cli -x 'sofia profile ${profile} rescan'
  show_gateway ${a.gatewayName}
fi
</#list>
