#!/bin/sh
# activate.sh: hotline 0.1.0-SNAPSHOT, target asterisk
# Sources: fixtures/requests/fujian-single-line.yaml
# Requests: xiamen, quanzhou
# Usage: AST_CONF_DIR=/etc/asterisk ./activate.sh [REQUEST...]
#   (as a user who may write there and run asterisk -rx)
#   REQUEST is one of: xiamen, quanzhou; none given means all of them. The requests are activated
#   in the order listed above, each on its own: its pjsip_hotline_<request>.conf (PJSIP reload), then
#   its extensions_hotline_<request>.conf (dialplan reload), each with one `#include` line in pjsip.conf or
#   extensions.conf, and nothing of any other request is touched. The first request also installs
#   the shared extensions_hotline.conf (the 404 for callers of areas without an activation);
#   later requests, from this run or another, leave it as it is.
#   A request whose files are installed already is refused before anything changes.
#   Run precheck.sh with the same arguments first; rollback.sh with them undoes this.
set -eu

AST_CONF_DIR="${AST_CONF_DIR:-/etc/asterisk}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REQUESTS="xiamen quanzhou"

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

# stop before changing anything if a named request is still installed
for r in "$@"; do
  for f in "pjsip_hotline_$r.conf" "extensions_hotline_$r.conf"; do
    if [ -e "$AST_CONF_DIR/$f" ]; then
      echo "activate.sh: $AST_CONF_DIR/$f exists already; run rollback.sh $r first" >&2
      exit 1
    fi
  done
done

# install_file FILE PARENT: copy FILE into the folder and include it from PARENT (once)
install_file() {
  cp "$HERE/$1" "$AST_CONF_DIR/$1"
  grep -qxF "#include $1" "$AST_CONF_DIR/$2" || printf '#include %s\n' "$1" >> "$AST_CONF_DIR/$2"
}

# install_shared FILE PARENT: install_file unless FILE is installed already; an installed FILE
# that differs from this one (another hotline version or service) stops the script
install_shared() {
  if [ -e "$AST_CONF_DIR/$1" ]; then
    if ! cmp -s "$HERE/$1" "$AST_CONF_DIR/$1"; then
      echo "activate.sh: $AST_CONF_DIR/$1 differs from $HERE/$1; compare them and roll back the requests that installed it first" >&2
      exit 1
    fi
  fi
  install_file "$1" "$2"
}

# show_context NAME / show_endpoint NAME: what Asterisk loaded
show_context() { asterisk -rx "dialplan show $1"; }
show_endpoint() { asterisk -rx "pjsip show endpoint $1"; }

# ==== request xiamen: 0592 厦门市 / Xiamen, 12333 -> 0592-5612333, analog, 1 line, caller-local
if wanted xiamen; then
  # 1. the trunk first: the dialplan's Dial() names this endpoint
  install_file pjsip_hotline_xiamen.conf pjsip.conf
  asterisk -rx 'module reload res_pjsip.so'
  # 2. the shared 404 (once), then the request's entry and area context
  install_shared extensions_hotline.conf extensions.conf
  install_file extensions_hotline_xiamen.conf extensions.conf
  asterisk -rx 'dialplan reload'
  show_context hotline-service-12333
  show_context hotline-area-xiamen
  show_endpoint hotline-trunk-xiamen
fi

# ==== request quanzhou: 0595 泉州市 / Quanzhou, 12333 -> 0595-22812333, analog, 1 line, free
if wanted quanzhou; then
  # 1. the trunk first: the dialplan's Dial() names this endpoint
  install_file pjsip_hotline_quanzhou.conf pjsip.conf
  asterisk -rx 'module reload res_pjsip.so'
  # 2. the shared 404 (once), then the request's entry and area context
  install_shared extensions_hotline.conf extensions.conf
  install_file extensions_hotline_quanzhou.conf extensions.conf
  asterisk -rx 'dialplan reload'
  show_context hotline-service-12333
  show_context hotline-area-quanzhou
  show_endpoint hotline-trunk-quanzhou
fi

echo "activate.sh: done; add the include line(s) named in extensions_hotline.conf to your callers' context if it is not there yet"
