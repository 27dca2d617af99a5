#!/bin/sh
# rollback.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/shandong.yaml
# Requests: jinan, rizhao
# Usage: AST_CONF_DIR=/etc/asterisk ./rollback.sh [REQUEST...]
#   REQUEST is one of: jinan, rizhao; none given means all of them. The requests are rolled back
#   last first, each on its own and in the reverse order of its activation: its
#   extensions_hotline_<request>.conf and #include line (and the shared extensions_hotline.conf
#   when no extensions_hotline_<request>.conf is included from extensions.conf any more, whichever run
#   activated it), dialplan reload; then its pjsip_hotline_<request>.conf and #include line, PJSIP reload.
#   Nothing else in the configuration is touched; a request that is not installed is a no-op.
#   Afterwards precheck.sh with the same arguments should show none of its objects any more.
set -eu

AST_CONF_DIR="${AST_CONF_DIR:-/etc/asterisk}"
REQUESTS="jinan rizhao"

[ "$#" -gt 0 ] || set -- $REQUESTS
for r in "$@"; do
  case " $REQUESTS " in
    *" $r "*) ;;
    *) echo "rollback.sh: expected a request of: $REQUESTS, but got '$r'" >&2; exit 2 ;;
  esac
done
SELECTED=" $* "
# wanted REQUEST: was the request named (or all requests, none named)?
wanted() { case "$SELECTED" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# remove_file FILE PARENT: drop exactly the line `#include FILE` from PARENT, then FILE itself
remove_file() {
  if [ -e "$AST_CONF_DIR/$2" ]; then
    grep -vxF "#include $1" "$AST_CONF_DIR/$2" > "$AST_CONF_DIR/$2.hotline-rollback" || true
    cat "$AST_CONF_DIR/$2.hotline-rollback" > "$AST_CONF_DIR/$2"
    rm -f "$AST_CONF_DIR/$2.hotline-rollback"
  fi
  rm -f "$AST_CONF_DIR/$1"
}

# remove_shared FILE PARENT: remove_file once PARENT includes no request's file any more
remove_shared() {
  if ! grep -q '^#include extensions_hotline_.*\.conf$' "$AST_CONF_DIR/$2" 2>/dev/null; then
    remove_file "$1" "$2"
  fi
}

# ==== request rizhao: removes contexts hotline-area-rizhao and its entry into hotline-service-12333, endpoint hotline-trunk-rizhao
if wanted rizhao; then
  # 2. the dialplan first, so no call is routed to a trunk that is going away
  remove_file extensions_hotline_rizhao.conf extensions.conf
  remove_shared extensions_hotline.conf extensions.conf
  asterisk -rx 'dialplan reload'
  # 1. then the trunk
  remove_file pjsip_hotline_rizhao.conf pjsip.conf
  # [guess] a res_pjsip reload drops endpoints and AORs no longer in the configuration; check with
  # precheck.sh afterwards, and restart Asterisk in a quiet hour if they are still listed
  asterisk -rx 'module reload res_pjsip.so'
fi

# ==== request jinan: removes contexts hotline-area-jinan and its entry into hotline-service-12333, endpoint hotline-trunk-jinan
if wanted jinan; then
  # 2. the dialplan first, so no call is routed to a trunk that is going away
  remove_file extensions_hotline_jinan.conf extensions.conf
  remove_shared extensions_hotline.conf extensions.conf
  asterisk -rx 'dialplan reload'
  # 1. then the trunk
  remove_file pjsip_hotline_jinan.conf pjsip.conf
  # [guess] a res_pjsip reload drops endpoints and AORs no longer in the configuration; check with
  # precheck.sh afterwards, and restart Asterisk in a quiet hour if they are still listed
  asterisk -rx 'module reload res_pjsip.so'
fi
