#!/bin/sh
# precheck.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Usage: FS_CONF=/etc/freeswitch ./precheck.sh [REQUEST...]
#   REQUEST is one of: xiamen, quanzhou; none given means all of them.
# Read only: shows every file, extension and gateway activate.sh would add for the requests, and
# what in the dialplan mentions the service code today. Before activation each request's files,
# extension and gateway should be missing ("No such file", no extension found, "Invalid
# Gateway!"); anything else means the name or the code is taken: stop and find out why. The
# service's 404 file and extension exist already when another request of the service is active.
set -u

FS_CONF="${FS_CONF:-/etc/freeswitch}"
REQUESTS="xiamen quanzhou"

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

# ==== request xiamen: 0592 厦门市 / Xiamen, 12333 -> 0592-5612333, analog, 1 line, caller-local
if wanted xiamen; then
  check_file sip_profiles/external/hotline-gateway-xiamen.xml
  check_file dialplan/default/hotline-12333-no-area.xml
  check_file dialplan/default/hotline-12333-area-xiamen.xml
  check_code 12333
  check_extension hotline-service-12333-no-area
  check_extension hotline-area-xiamen
  check_gateway hotline-trunk-xiamen
fi

# ==== request quanzhou: 0595 泉州市 / Quanzhou, 12333 -> 0595-22812333, analog, 1 line, free
if wanted quanzhou; then
  check_file sip_profiles/external/hotline-gateway-quanzhou.xml
  check_file dialplan/default/hotline-12333-no-area.xml
  check_file dialplan/default/hotline-12333-area-quanzhou.xml
  check_code 12333
  check_extension hotline-service-12333-no-area
  check_extension hotline-area-quanzhou
  check_gateway hotline-trunk-quanzhou
fi
