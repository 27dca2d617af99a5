<#-- Produces activate.sh for the asterisk target from its model (AsteriskModel): one section per
     request that installs that request's two files as #include files next to pjsip.conf and
     extensions.conf (and the shared extensions_hotline.conf once) and reloads. -->
#!/bin/sh
# activate.sh: hotline ${version}, target asterisk
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Usage: AST_CONF_DIR=${confDir} ./activate.sh [REQUEST...]
#   (as a user who may write there and run asterisk -rx)
#   REQUEST is one of: ${requestIds}; none given means all of them. The requests are activated
#   in the order listed above, each on its own: its ${pjsipPattern} (PJSIP reload), then
#   its ${extensionsPattern} (dialplan reload), each with one `#include` line in pjsip.conf or
#   extensions.conf, and nothing of any other request is touched. The first request also installs
#   the shared ${extensionsFile} (the 404 for callers of areas without an activation);
#   later requests, from this run or another, leave it as it is.
#   A request whose files are installed already is refused before anything changes.
#   Run precheck.sh with the same arguments first; rollback.sh with them undoes this.
set -eu

AST_CONF_DIR="${"$"}{AST_CONF_DIR:-${confDir}}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REQUESTS="<#list activations as a>${a.id}<#sep> </#list>"

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
  for f in "${pjsipPrefix}$r.conf" "${extensionsPrefix}$r.conf"; do
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
<#list activations as a>

# ==== request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
if wanted ${a.id}; then
  # 1. the trunk first: the dialplan's Dial() names this endpoint
  install_file ${a.pjsipFile} pjsip.conf
  asterisk -rx 'module reload res_pjsip.so'
  # 2. the shared 404 (once), then the request's entry and area context
  install_shared ${extensionsFile} extensions.conf
  install_file ${a.extensionsFile} extensions.conf
  asterisk -rx 'dialplan reload'
  show_context ${a.serviceContext}
  show_context ${a.context}
  show_endpoint ${a.endpoint}
fi
</#list>

echo "activate.sh: done; add the include line(s) named in ${extensionsFile} to your callers' context if it is not there yet"
