#!/bin/sh
# precheck.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/beijing.yaml
# Requests: beijing
# Usage: FS_CONF=/etc/freeswitch ./precheck.sh [REQUEST...]
#   REQUEST is one of: beijing; none given means all of them.
# Read only: shows every file, extension and gateway activate.sh would add for the requests, and
# what in the dialplan mentions the service code today. Before activation each request's files,
# extension and gateway should be missing ("No such file", no extension found, "Invalid
# Gateway!"); anything else means the name or the code is taken: stop and find out why. The
# service's 404 file and extension exist already when another request of the service is active.
set -u

FS_CONF="${FS_CONF:-/etc/freeswitch}"
REQUESTS="beijing"

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

# check_file DEST: is the file installed?
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

# ==== request beijing: 010 北京市 / Beijing, 12333 -> 010-68012333, digital, 1 E1 × 30 channels, PRI signalling, caller-local
if wanted beijing; then
  check_file sip_profiles/external/hotline-gateway-beijing.xml
  check_file dialplan/default/hotline-12333-no-area.xml
  check_file dialplan/default/hotline-12333-area-beijing.xml
  check_code 12333
  check_extension hotline-service-12333-no-area
  check_extension hotline-area-beijing
  check_gateway hotline-trunk-beijing
fi
