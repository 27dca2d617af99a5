#!/bin/sh
# precheck.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/remote-seats.yaml
# Requests: zhuhai-remote
# Usage: AST_CONF_DIR=/etc/asterisk ./precheck.sh [REQUEST...]
#   REQUEST is one of: zhuhai-remote; none given means all of them.
# Read only: shows every file, context and endpoint activate.sh would add for the requests, and
# what answers the service code today. Before activation each request's file, area context and
# endpoint should not exist ("There is no existence of ... context", "Unable to find object ...");
# anything else means the name or the code is taken: stop and find out why. The service context
# and the shared extensions_hotline.conf exist already when another request is active.
set -u

AST_CONF_DIR="${AST_CONF_DIR:-/etc/asterisk}"
REQUESTS="zhuhai-remote"

[ "$#" -gt 0 ] || set -- $REQUESTS
for r in "$@"; do
  case " $REQUESTS " in
    *" $r "*) ;;
    *) echo "precheck.sh: expected a request of: $REQUESTS, but got '$r'" >&2; exit 2 ;;
  esac
done
SELECTED=" $* "
# wanted REQUEST: was the request named (or all requests, none named)?
wanted() { case "$SELECTED" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# check_file FILE PARENT: is the file installed, and is it included?
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

# ==== request zhuhai-remote: 0756 珠海市 / Zhuhai, 12333 -> 020-87012333, analog, 2 lines, called-pays
if wanted zhuhai-remote; then
  check_file pjsip_hotline_zhuhai-remote.conf pjsip.conf
  check_file extensions_hotline.conf extensions.conf
  check_file extensions_hotline_zhuhai-remote.conf extensions.conf
  check_code 12333
  check_context hotline-service-12333
  check_context hotline-area-zhuhai-remote
  check_endpoint hotline-trunk-zhuhai-remote
fi
