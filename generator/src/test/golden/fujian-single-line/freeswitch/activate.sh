#!/bin/sh
# activate.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Copies sip_profiles/hotline-gateways.xml to sip_profiles/external/hotline-gateways.xml and dialplan/hotline.xml to
# dialplan/default/hotline.xml under the FreeSWITCH configuration folder, reloads the XML,
# rescans the "external" profile (which starts the new gateways) and shows what each request added.
# Run precheck.sh first; rollback.sh undoes this.
# Usage: FS_CONF=/etc/freeswitch ./activate.sh   (as a user who may write there and run fs_cli)
set -eu

FS_CONF="${FS_CONF:-/etc/freeswitch}"
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

refuse_existing sip_profiles/external/hotline-gateways.xml
refuse_existing dialplan/default/hotline.xml

# 1. gateways first: the dialplan's bridge names them
install_file sip_profiles/hotline-gateways.xml sip_profiles/external/hotline-gateways.xml
# 2. then the dialplan: service code and caller's area -> charged, capped hunt
install_file dialplan/hotline.xml dialplan/default/hotline.xml
fs_cli -x 'reloadxml'
fs_cli -x 'sofia profile external rescan'

# ---- request xiamen: 0592 厦门市 / Xiamen, 12333 -> 0592-5612333, analog, 1 line, caller-local
show_gateway hotline-trunk-xiamen

# ---- request quanzhou: 0595 泉州市 / Quanzhou, 12333 -> 0595-22812333, analog, 1 line, free
show_gateway hotline-trunk-quanzhou
