#!/bin/sh
# rollback.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
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

# ---- request quanzhou: 0595 泉州市 / Quanzhou, analog, 1 line
kill_gateway hotline-trunk-quanzhou

# ---- request xiamen: 0592 厦门市 / Xiamen, analog, 1 line
kill_gateway hotline-trunk-xiamen

# 1. then the gateways file
remove_file sip_profiles/external/hotline-gateways.xml
fs_cli -x 'reloadxml'
