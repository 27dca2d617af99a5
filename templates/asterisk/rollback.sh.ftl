<#-- Produces rollback.sh for the asterisk target from its model (AsteriskModel): removes exactly
     the files and #include lines activate.sh added, in reverse order, and reloads. -->
#!/bin/sh
# rollback.sh: hotline ${version}, target asterisk
# Sources: <#list sources as s>${s}<#sep>, </#list>
# Requests: ${requestIds}
# Removes what activate.sh added, in reverse order: the dialplan fragment and its #include, reload;
# then the PJSIP fragment and its #include, reload. Nothing else in the configuration is touched.
# Afterwards precheck.sh should show none of the objects any more.
# Usage: AST_CONF_DIR=${confDir} ./rollback.sh
set -eu

AST_CONF_DIR="${"$"}{AST_CONF_DIR:-${confDir}}"

# remove_file FILE PARENT: drop exactly the line `#include FILE` from PARENT, then FILE itself
remove_file() {
  if [ -e "$AST_CONF_DIR/$2" ]; then
    grep -vxF "#include $1" "$AST_CONF_DIR/$2" > "$AST_CONF_DIR/$2.hotline-rollback" || true
    cat "$AST_CONF_DIR/$2.hotline-rollback" > "$AST_CONF_DIR/$2"
    rm -f "$AST_CONF_DIR/$2.hotline-rollback"
  fi
  rm -f "$AST_CONF_DIR/$1"
}

# removes, for requests <#list activations as a>${a.id}<#sep>, </#list>:
# contexts <#list services as s>${s.context}<#sep>, </#list><#list activations as a>, ${a.context}</#list>
# endpoints <#list activations as a>${a.endpoint}<#sep>, </#list>

# 2. the dialplan first, so no call is routed to a trunk that is going away
remove_file ${extensionsFile} extensions.conf
asterisk -rx 'dialplan reload'

# 1. then the trunks
remove_file ${pjsipFile} pjsip.conf
# [guess] a res_pjsip reload drops endpoints and AORs no longer in the configuration; check with
# precheck.sh afterwards, and restart Asterisk in a quiet hour if they are still listed
asterisk -rx 'module reload res_pjsip.so'
