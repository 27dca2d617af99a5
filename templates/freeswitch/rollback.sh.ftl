<#-- Produces rollback.sh for the freeswitch target from its model (FreeswitchModel): removes
     exactly what activate.sh added, in reverse order. -->
#!/bin/sh
# rollback.sh: hotline ${version}, target freeswitch
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Removes what activate.sh added, in reverse order: the dialplan file (reload), then each gateway
# (last request first) and the gateways file (reload). Nothing else in the configuration is
# touched. Afterwards precheck.sh should show none of the objects any more.
# Usage: FS_CONF=${confDir} ./rollback.sh
set -eu

FS_CONF="${"$"}{FS_CONF:-${confDir}}"

# remove_file DEST: delete a file activate.sh installed
remove_file() { rm -f "$FS_CONF/$1"; }

# kill_gateway NAME: stop a gateway in the running profile
kill_gateway() { fs_cli -x "sofia profile ${profile} killgw $1"; }

# 2. the dialplan first, so no call is bridged to a gateway that is going away
remove_file ${dialplanInstalled}
fs_cli -x 'reloadxml'
<#list activations?reverse as a>

# ---- request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.trunk}
kill_gateway ${a.gatewayName}
</#list>

# 1. then the gateways file
remove_file ${gatewaysInstalled}
fs_cli -x 'reloadxml'
