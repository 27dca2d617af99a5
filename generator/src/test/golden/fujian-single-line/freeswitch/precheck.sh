#!/bin/sh
# precheck.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Read only: shows every file, extension and gateway activate.sh would add, and what in the
# dialplan mentions the service code today. Before activation each should be missing
# ("No such file", no extension found, "Invalid Gateway!"); anything else means the name or the
# code is taken: stop and find out why.
# Usage: FS_CONF=/etc/freeswitch ./precheck.sh
set -u

FS_CONF="${FS_CONF:-/etc/freeswitch}"

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

check_file sip_profiles/external/hotline-gateways.xml
check_file dialplan/default/hotline.xml

# ---- service 12333 (labor and social security hotline)
check_code 12333
check_extension hotline-service-12333-no-area

# ---- request xiamen: 0592 厦门市 / Xiamen, 12333 -> 0592-5612333, analog, 1 line, caller-local
check_extension hotline-area-xiamen
check_gateway hotline-trunk-xiamen

# ---- request quanzhou: 0595 泉州市 / Quanzhou, 12333 -> 0595-22812333, analog, 1 line, free
check_extension hotline-area-quanzhou
check_gateway hotline-trunk-quanzhou
