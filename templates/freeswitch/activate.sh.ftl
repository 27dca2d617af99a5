<#-- Produces activate.sh for the freeswitch target from its model (FreeswitchModel): copies the
     two fragments into the stock include folders, reloads the XML and rescans the profile. -->
#!/bin/sh
# activate.sh: hotline ${version}, target freeswitch
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Copies ${gatewaysFile} to ${gatewaysInstalled} and ${dialplanFile} to
# ${dialplanInstalled} under the FreeSWITCH configuration folder, reloads the XML,
# rescans the "${profile}" profile (which starts the new gateways) and shows what each request added.
# Run precheck.sh first; rollback.sh undoes this.
# Usage: FS_CONF=${confDir} ./activate.sh   (as a user who may write there and run fs_cli)
set -eu

FS_CONF="${"$"}{FS_CONF:-${confDir}}"
HERE="$(cd "$(dirname "$0")" && pwd)"

# refuse_existing DEST: stop before changing anything if an earlier activation is still installed
refuse_existing() {
  if [ -e "$FS_CONF/$1" ]; then
    echo "activate.sh: $FS_CONF/$1 exists already; run rollback.sh first" >&2
    exit 1
  fi
}

# install_file SOURCE DEST: copy a generated file into the configuration folder
install_file() {
  mkdir -p "$(dirname "$FS_CONF/$2")"
  cp "$HERE/$1" "$FS_CONF/$2"
}

# show_gateway NAME: the gateway's state in sofia
show_gateway() { fs_cli -x "sofia status gateway $1"; }

refuse_existing ${gatewaysInstalled}
refuse_existing ${dialplanInstalled}

# 1. gateways first: the dialplan's bridge names them
install_file ${gatewaysFile} ${gatewaysInstalled}
# 2. then the dialplan: service code and caller's area -> charged, capped hunt
install_file ${dialplanFile} ${dialplanInstalled}
fs_cli -x 'reloadxml'
fs_cli -x 'sofia profile ${profile} rescan'
<#list activations as a>

# ---- request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
show_gateway ${a.gatewayName}
</#list>
