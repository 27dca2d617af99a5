<#-- Produces precheck.sh for the asterisk target from its model (AsteriskModel): shows, read only,
     every object activate.sh would add and whatever already answers the service codes. -->
#!/bin/sh
# precheck.sh: hotline ${version}, target asterisk
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Read only: shows every file, context and endpoint activate.sh would add, and what answers the
# service code today. Before activation each show should say the object does not exist
# ("There is no existence of ... context", "Unable to find object ..."); anything else means the
# name or the code is taken: stop and find out why.
# Usage: AST_CONF_DIR=${confDir} ./precheck.sh
set -u

AST_CONF_DIR="${"$"}{AST_CONF_DIR:-${confDir}}"

# check_file FILE PARENT: is the fragment installed, and is it included?
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

check_file ${pjsipFile} pjsip.conf
check_file ${extensionsFile} extensions.conf
<#list services as s>

# ---- service ${s.code} (${s.nameEn})
check_code ${s.code}
check_context ${s.context}
</#list>
<#list activations as a>

# ---- request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
check_context ${a.context}
check_endpoint ${a.endpoint}
</#list>
