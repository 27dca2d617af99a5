<#-- Produces activate.sh for the asterisk target from its model (AsteriskModel): installs the two
     generated fragments as #include files next to extensions.conf and pjsip.conf and reloads. -->
#!/bin/sh
# activate.sh: hotline ${version}, target asterisk
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Installs ${pjsipFile} and ${extensionsFile} into the Asterisk configuration folder,
# adds one `#include` line for each to pjsip.conf and extensions.conf, reloads PJSIP and then
# the dialplan, and shows what each request added. Run precheck.sh first; rollback.sh undoes this.
# Usage: AST_CONF_DIR=${confDir} ./activate.sh   (as a user who may write there and run asterisk -rx)
set -eu

AST_CONF_DIR="${"$"}{AST_CONF_DIR:-${confDir}}"
HERE="$(cd "$(dirname "$0")" && pwd)"

# refuse_existing FILE: stop before changing anything if an earlier activation is still installed
refuse_existing() {
  if [ -e "$AST_CONF_DIR/$1" ]; then
    echo "activate.sh: $AST_CONF_DIR/$1 exists already; run rollback.sh first" >&2
    exit 1
  fi
}

# install_file FILE PARENT: copy FILE into the folder and include it from PARENT (once)
install_file() {
  cp "$HERE/$1" "$AST_CONF_DIR/$1"
  grep -qxF "#include $1" "$AST_CONF_DIR/$2" || printf '#include %s\n' "$1" >> "$AST_CONF_DIR/$2"
}

# show_context NAME / show_endpoint NAME: what Asterisk loaded
show_context() { asterisk -rx "dialplan show $1"; }
show_endpoint() { asterisk -rx "pjsip show endpoint $1"; }

refuse_existing ${pjsipFile}
refuse_existing ${extensionsFile}

# 1. trunks first: the dialplan's Dial() names these endpoints
install_file ${pjsipFile} pjsip.conf
asterisk -rx 'module reload res_pjsip.so'

# 2. the dialplan: service code -> caller's area -> capped, charged hunt
install_file ${extensionsFile} extensions.conf
asterisk -rx 'dialplan reload'
<#list services as s>

# ---- service ${s.code} (${s.nameEn}): the entry context
show_context ${s.context}
</#list>
<#list activations as a>

# ---- request ${a.id}: ${a.areaCode} ${a.cityZh} / ${a.cityEn}, ${a.service} -> ${a.bound}, ${a.trunk}, ${a.charging}
show_context ${a.context}
show_endpoint ${a.endpoint}
</#list>

echo "activate.sh: done; now add the include line(s) named in ${extensionsFile} to your callers' context"
