#!/bin/bash
# hotline 0.1.0-SNAPSHOT (target kamailio; requests: xiamen, quanzhou)
#
# rollback.sh <request-id>...
#
# Deactivate hotline request(s) on the running server without restart:
# removes exactly the rows of the request (attrs "id=<id>;") from
# db/dialplan, reloads the dialplan and checks the request is gone.
# Calls already established are not touched. Rolling back a request that is
# not active is not an error.
#
# Exit: 0 ok (also when kamailio is not running), 1 error.
set -euo pipefail
HOTLINE_DIR="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
. "$HOTLINE_DIR/lib/hotline-lib.sh"

[ $# -ge 1 ] || die "usage: $0 <request-id>..."

take_lock
tmp=$(mktemp "$HOTLINE_DIR/db/.dialplan.XXXXXX")
trap 'rm -f "$tmp"' EXIT
cp "$DP_TABLE" "$tmp"
for id in "$@"; do
	check_id "$id"
	n=$(grep -cF -- ":id=$id;" "$tmp" || true)
	echo "request $id: removing $n row(s)"
	grep -vF -- ":id=$id;" "$tmp" > "$tmp.n" || true
	mv -f "$tmp.n" "$tmp"
done
if replace_table "$tmp"; then
	echo "db/dialplan updated: $*"
else
	echo "db/dialplan already without: $*"
fi
trap - EXIT

rc=0
reload_dialplan || rc=$?
[ $rc -eq 1 ] && exit 1
if [ $rc -eq 0 ]; then
	for id in "$@"; do
		if is_loaded "$id"; then die "request $id STILL loaded after reload"; fi
		echo "request $id: inactive"
	done
fi
exit 0
