#!/bin/sh
# rollback.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/guangdong.yaml
# Requests: guangzhou, shenzhen, foshan
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

# ---- request foshan: 0757 佛山市、顺德市 / Shunde/Foshan, digital, 2 E1 × 30 channels, ISUP signalling
kill_gateway hotline-trunk-foshan

# ---- request shenzhen: 0755 深圳市 / Shenzhen, digital, 1 E1 × 30 channels, SIP signalling
kill_gateway hotline-trunk-shenzhen

# ---- request guangzhou: 020 广州市 / Guangzhou, analog, 3 lines
kill_gateway hotline-trunk-guangzhou

# 1. then the gateways file
remove_file sip_profiles/external/hotline-gateways.xml
fs_cli -x 'reloadxml'
