#!/bin/sh
# rollback.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Removes what activate.sh added, in reverse order: the dialplan fragment and its #include, reload;
# then the PJSIP fragment and its #include, reload. Nothing else in the configuration is touched.
# Afterwards precheck.sh should show none of the objects any more.
# Usage: AST_CONF_DIR=/etc/asterisk ./rollback.sh
set -eu

AST_CONF_DIR="${AST_CONF_DIR:-/etc/asterisk}"

# remove_file FILE PARENT: drop exactly the line `#include FILE` from PARENT, then FILE itself
remove_file() {
  if [ -e "$AST_CONF_DIR/$2" ]; then
    grep -vxF "#include $1" "$AST_CONF_DIR/$2" > "$AST_CONF_DIR/$2.hotline-rollback" || true
    cat "$AST_CONF_DIR/$2.hotline-rollback" > "$AST_CONF_DIR/$2"
    rm -f "$AST_CONF_DIR/$2.hotline-rollback"
  fi
  rm -f "$AST_CONF_DIR/$1"
}

# removes, for requests xiamen, quanzhou:
# contexts hotline-service-12333, hotline-area-xiamen, hotline-area-quanzhou
# endpoints hotline-trunk-xiamen, hotline-trunk-quanzhou

# 2. the dialplan first, so no call is routed to a trunk that is going away
remove_file extensions_hotline.conf extensions.conf
asterisk -rx 'dialplan reload'

# 1. then the trunks
remove_file pjsip_hotline.conf pjsip.conf
# [guess] a res_pjsip reload drops endpoints and AORs no longer in the configuration; check with
# precheck.sh afterwards, and restart Asterisk in a quiet hour if they are still listed
asterisk -rx 'module reload res_pjsip.so'
