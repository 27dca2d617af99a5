#!/bin/sh
# rollback.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/beijing.yaml
# Requests: beijing
# Usage: FS_CONF=/etc/freeswitch ./rollback.sh [REQUEST...]
#   REQUEST is one of: beijing; none given means all of them. The requests are rolled back
#   last first, each on its own and in the reverse order of its activation: its
#   dialplan/hotline-<code>-area-<request>.xml (and the shared dialplan/hotline-<code>-no-area.xml when
#   no dialplan/default/hotline-<code>-area-*.xml of the service is left, whichever run activated it),
#   reload the XML; then kill its gateway and remove its sip_profiles/hotline-gateway-<request>.xml, reload.
#   Nothing else in the configuration is touched; a request that is not installed is a no-op.
#   Afterwards precheck.sh with the same arguments should show none of its objects any more.
set -eu

FS_CONF="${FS_CONF:-/etc/freeswitch}"
REQUESTS="beijing"

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

# remove_file DEST: delete a file activate.sh installed
remove_file() { rm -f "$FS_CONF/$1"; }

# remove_shared DEST: remove_file once no area file of the service (DEST without -no-area.xml,
# then -area-*.xml) is left
remove_shared() {
  for f in "$FS_CONF/${1%-no-area.xml}"-area-*.xml; do
    if [ -e "$f" ]; then
      return 0
    fi
  done
  remove_file "$1"
}

# kill_gateway NAME: stop a gateway in the running profile
kill_gateway() { fs_cli -x "sofia profile external killgw $1"; }

# ==== request beijing: 010 北京市 / Beijing, digital, 1 E1 × 30 channels, PRI signalling
if wanted beijing; then
  # 2. the dialplan first, so no call is bridged to a gateway that is going away
  remove_file dialplan/default/hotline-12333-area-beijing.xml
  remove_shared dialplan/default/hotline-12333-no-area.xml
  fs_cli -x 'reloadxml'
  # 1. then the gateway
  kill_gateway hotline-trunk-beijing
  remove_file sip_profiles/external/hotline-gateway-beijing.xml
  fs_cli -x 'reloadxml'
fi
