#!/bin/sh
# precheck.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Read only: shows every file, context and endpoint activate.sh would add, and what answers the
# service code today. Before activation each show should say the object does not exist
# ("There is no existence of ... context", "Unable to find object ..."); anything else means the
# name or the code is taken: stop and find out why.
# Usage: AST_CONF_DIR=/etc/asterisk ./precheck.sh
set -u

AST_CONF_DIR="${AST_CONF_DIR:-/etc/asterisk}"

# check_file FILE PARENT: is the fragment installed, and is it included?
check_file() {
  echo "== file $AST_CONF_DIR/$1 and its #include in $2"
  ls -l "$AST_CONF_DIR/$1" 2>&1
  grep -nF "#include $1" "$AST_CONF_DIR/$2" || echo "(no #include $1 in $2)"
}

# check_code CODE: every context that matches the code today
check_code() { echo "== extension $1 in every context"; asterisk -rx "dialplan show $1@"; }

# check_context NAME / check_endpoint NAME: one object activate.sh would add
check_context() { echo "== dialplan context $1"; asterisk -rx "dialplan show $1"; }
check_endpoint() {
  echo "== PJSIP endpoint and AOR $1"
  asterisk -rx "pjsip show endpoint $1"
  asterisk -rx "pjsip show aor $1"
}

check_file pjsip_hotline.conf pjsip.conf
check_file extensions_hotline.conf extensions.conf

# ---- service 12333 (labor and social security hotline)
check_code 12333
check_context hotline-service-12333

# ---- request xiamen: 0592 厦门市 / Xiamen, 12333 -> 0592-5612333, analog, 1 line, caller-local
check_context hotline-area-xiamen
check_endpoint hotline-trunk-xiamen

# ---- request quanzhou: 0595 泉州市 / Quanzhou, 12333 -> 0595-22812333, analog, 1 line, free
check_context hotline-area-quanzhou
check_endpoint hotline-trunk-quanzhou
