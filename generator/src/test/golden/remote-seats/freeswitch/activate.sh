#!/bin/sh
# activate.sh: hotline 0.1.0-SNAPSHOT, target freeswitch
# Sources: fixtures/requests/remote-seats.yaml
# Requests: zhuhai-remote
# Usage: FS_CONF=/etc/freeswitch ./activate.sh [REQUEST...]   (as a user who may write there and run fs_cli)
#   REQUEST is one of: zhuhai-remote; none given means all of them. The requests are activated
#   in the order listed above, each on its own: its sip_profiles/hotline-gateway-<request>.xml to
#   sip_profiles/external/, its dialplan/hotline-<code>-area-<request>.xml to dialplan/default/,
#   reload the XML, rescan the "external" profile (which starts the gateway), and nothing of any
#   other request is touched. The service's first request also installs the shared
#   dialplan/hotline-<code>-no-area.xml (the 404 for callers of areas without an activation; its
#   name sorts after the requests' files, so FreeSWITCH includes it after them); later requests,
#   from this run or another, leave it as it is.
#   A request whose files are installed already is refused before anything changes.
#   Run precheck.sh with the same arguments first; rollback.sh with them undoes this.
set -eu

FS_CONF="${FS_CONF:-/etc/freeswitch}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REQUESTS="zhuhai-remote"

[ "$#" -gt 0 ] || set -- $REQUESTS
for r in "$@"; do
  case " $REQUESTS " in
    *" $r "*) ;;
    *) echo "activate.sh: expected a request of: $REQUESTS, but got '$r'" >&2; exit 2 ;;
  esac
done
SELECTED=" $* "
# wanted REQUEST: was the request named (or all requests, none named)?
wanted() { case "$SELECTED" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# refuse_existing DEST REQUEST: stop before changing anything if the request is still installed
refuse_existing() {
  if [ -e "$FS_CONF/$1" ]; then
    echo "activate.sh: $FS_CONF/$1 exists already; run rollback.sh $2 first" >&2
    exit 1
  fi
}
if wanted zhuhai-remote; then refuse_existing sip_profiles/external/hotline-gateway-zhuhai-remote.xml zhuhai-remote; refuse_existing dialplan/default/hotline-12333-area-zhuhai-remote.xml zhuhai-remote; fi

# install_file SOURCE DEST: copy a generated file into the configuration folder
install_file() {
  mkdir -p "$(dirname "$FS_CONF/$2")"
  cp "$HERE/$1" "$FS_CONF/$2"
}

# install_shared SOURCE DEST: install_file unless DEST is installed already
install_shared() { [ -e "$FS_CONF/$2" ] || install_file "$1" "$2"; }

# show_gateway NAME: the gateway's state in sofia
show_gateway() { fs_cli -x "sofia status gateway $1"; }

# ==== request zhuhai-remote: 0756 珠海市 / Zhuhai, 12333 -> 020-87012333, analog, 2 lines, called-pays
if wanted zhuhai-remote; then
  # 1. the gateway first: the dialplan's bridge names it
  install_file sip_profiles/hotline-gateway-zhuhai-remote.xml sip_profiles/external/hotline-gateway-zhuhai-remote.xml
  # 2. then the service's 404 (once) and the request's extension
  install_shared dialplan/hotline-12333-no-area.xml dialplan/default/hotline-12333-no-area.xml
  install_file dialplan/hotline-12333-area-zhuhai-remote.xml dialplan/default/hotline-12333-area-zhuhai-remote.xml
  fs_cli -x 'reloadxml'
  fs_cli -x 'sofia profile external rescan'
  show_gateway hotline-trunk-zhuhai-remote
fi
