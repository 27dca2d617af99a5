#!/bin/sh
# precheck.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/guangdong.yaml
# Requests: guangzhou, shenzhen, foshan
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

# ---- request guangzhou: 020 广州市 / Guangzhou, 12333 -> 020-83333333, analog, 3 lines, caller-local
check_context hotline-area-guangzhou
check_endpoint hotline-trunk-guangzhou

# ---- request shenzhen: 0755 深圳市 / Shenzhen, 12333 -> 0755-88812333, digital, 1 E1 × 30 channels, SIP signalling, free
check_context hotline-area-shenzhen
check_endpoint hotline-trunk-shenzhen

# ---- request foshan: 0757 佛山市、顺德市 / Shunde/Foshan, 12333 -> 0757-83312333, digital, 2 E1 × 30 channels, ISUP signalling, called-pays
check_context hotline-area-foshan
check_endpoint hotline-trunk-foshan
