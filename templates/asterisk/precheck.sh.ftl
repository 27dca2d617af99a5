<#-- Produces precheck.sh for the asterisk target from its model (AsteriskModel): one section per
     request that shows, read only, every file, context and endpoint activate.sh would add for it
     and whatever already answers its service code. -->
#!/bin/sh
# precheck.sh: hotline ${version}, target asterisk
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Usage: AST_CONF_DIR=${confDir} ./precheck.sh [REQUEST...]
#   REQUEST is one of: ${requestIds}; none given means all of them.
# Read only: shows every file, context and endpoint activate.sh would add for the requests, and
# what answers the service code today. Before activation each request's file, area context and
# endpoint should not exist ("There is no existence of ... context", "Unable to find object ...");
# anything else means the name or the code is taken: stop and find out why. The service context
# and the shared ${extensionsFile} exist already when another request is active.
set -u

AST_CONF_DIR="${"$"}{AST_CONF_DIR:-${confDir}}"
REQUESTS="<#list activations as a>${a.id}<#sep> </#list>"

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
<#list activations as a>

# ==== request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
if wanted ${a.id}; then
  check_file ${a.pjsipFile} pjsip.conf
  check_file ${extensionsFile} extensions.conf
  check_file ${a.extensionsFile} extensions.conf
  check_code ${a.service}
  check_context ${a.serviceContext}
  check_context ${a.context}
  check_endpoint ${a.endpoint}
fi
</#list>
