#!/bin/bash
# hotline 0.1.0-SNAPSHOT (target kamailio; requests: xiamen, quanzhou)
#
# precheck.sh - list requests: defined (requests/*.row), active in db/dialplan,
# loaded in the running kamailio, and current calls per request.
set -uo pipefail
HOTLINE_DIR="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
. "$HOTLINE_DIR/lib/hotline-lib.sh"

printf '%-14s %-8s %-8s %s\n' REQUEST IN_DB LOADED CALLS
for f in "$HOTLINE_DIR"/requests/*.row; do
	[ -e "$f" ] || continue
	id=$(basename "$f" .row)
	indb=no; [ -n "$(rows_of "$id")" ] && indb=yes
	loaded=?; calls=?
	if [ -S "$CTL_SOCK" ]; then
		if is_loaded "$id"; then loaded=yes; else loaded=no; fi
		calls=$(rpc dlg.profile_get_size trunk "$id" 2>/dev/null | tr -d '\n' | grep -o '[0-9]*$' || echo '?')
	fi
	printf '%-14s %-8s %-8s %s\n' "$id" "$indb" "$loaded" "$calls"
done
