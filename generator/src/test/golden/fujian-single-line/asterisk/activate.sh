#!/bin/sh
# activate.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Installs pjsip_hotline.conf and extensions_hotline.conf into the Asterisk configuration folder,
# adds one `#include` line for each to pjsip.conf and extensions.conf, reloads PJSIP and then
# the dialplan, and shows what each request added. Run precheck.sh first; rollback.sh undoes this.
# Usage: AST_CONF_DIR=/etc/asterisk ./activate.sh   (as a user who may write there and run asterisk -rx)
set -eu

AST_CONF_DIR="${AST_CONF_DIR:-/etc/asterisk}"
HERE="$(cd "$(dirname "$0")" && pwd)"

# refuse_existing FILE: stop before changing anything if an earlier activation is still installed
refuse_existing() {
  if [ -e "$AST_CONF_DIR/$1" ]; then
    echo "activate.sh: $AST_CONF_DIR/$1 exists already; run rollback.sh first" >&2
    exit 1
  fi
}

# install_file FILE PARENT: copy FILE into the folder and include it from PARENT (once)
install_file() {
  cp "$HERE/$1" "$AST_CONF_DIR/$1"
  grep -qxF "#include $1" "$AST_CONF_DIR/$2" || printf '#include %s\n' "$1" >> "$AST_CONF_DIR/$2"
}

# show_context NAME / show_endpoint NAME: what Asterisk loaded
show_context() { asterisk -rx "dialplan show $1"; }
show_endpoint() { asterisk -rx "pjsip show endpoint $1"; }

refuse_existing pjsip_hotline.conf
refuse_existing extensions_hotline.conf

# 1. trunks first: the dialplan's Dial() names these endpoints
install_file pjsip_hotline.conf pjsip.conf
asterisk -rx 'module reload res_pjsip.so'

# 2. the dialplan: service code -> caller's area -> capped, charged hunt
install_file extensions_hotline.conf extensions.conf
asterisk -rx 'dialplan reload'

# ---- service 12333 (labor and social security hotline): the entry context
show_context hotline-service-12333

# ---- request xiamen: 0592 厦门市 / Xiamen, 12333 -> 0592-5612333, analog, 1 line, caller-local
show_context hotline-area-xiamen
show_endpoint hotline-trunk-xiamen

# ---- request quanzhou: 0595 泉州市 / Quanzhou, 12333 -> 0595-22812333, analog, 1 line, free
show_context hotline-area-quanzhou
show_endpoint hotline-trunk-quanzhou

echo "activate.sh: done; now add the include line(s) named in extensions_hotline.conf to your callers' context"
