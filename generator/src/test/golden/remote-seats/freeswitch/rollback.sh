#!/bin/sh
# rollback.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/remote-seats.yaml
# Requests: zhuhai-remote
# Removes what activate.sh added, in reverse order: the dialplan file (reload), then each gateway
# (last request first) and the gateways file (reload). Nothing else in the configuration is
# touched. Afterwards precheck.sh should show none of the objects any more.
# Usage: FS_CONF=/etc/freeswitch ./rollback.sh
set -eu

FS_CONF="${FS_CONF:-/etc/freeswitch}"

# remove_file DEST: delete a file activate.sh installed
remove_file() { rm -f "$FS_CONF/$1"; }

# kill_gateway NAME: stop a gateway in the running profile
kill_gateway() { fs_cli -x "sofia profile external killgw $1"; }

# 2. the dialplan first, so no call is bridged to a gateway that is going away
remove_file dialplan/default/hotline.xml
fs_cli -x 'reloadxml'

# ---- request zhuhai-remote: 0756 珠海市 / Zhuhai, analog, 2 lines
kill_gateway hotline-trunk-zhuhai-remote

# 1. then the gateways file
remove_file sip_profiles/external/hotline-gateways.xml
fs_cli -x 'reloadxml'
