#!/bin/bash
# hotline 0.1.0-SNAPSHOT (target kamailio; requests: xiamen, quanzhou)
#
# activate.sh <request-id>...
#
# Activate hotline request(s) on the running server without restart:
# copies the rows of requests/<id>.row into db/dialplan (replacing any older
# rows of the same request, so running it twice is harmless), then asks
# kamailio to reload the dialplan and checks the request is loaded.
#
# Exit: 0 ok (also when kamailio is not running: applies at next start),
#       1 error.
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
	row="$HOTLINE_DIR/requests/$id.row"
	[ -r "$row" ] || die "no data for request '$id' ($row)"
	validate_rows "$row" >&2 || die "$row: not a valid db_text dialplan row"
	# every row of the file must belong to this request
	if grep -v -e '^[[:space:]]*$' "$row" | grep -qvF -- ":id=$id;"; then
		die "$row has rows without 'id=$id;' in attrs"
	fi
	grep -vF -- ":id=$id;" "$tmp" > "$tmp.n" || true
	grep -v -e '^[[:space:]]*$' "$row" >> "$tmp.n"
	mv -f "$tmp.n" "$tmp"
done
if replace_table "$tmp"; then
	echo "db/dialplan updated: $*"
else
	echo "db/dialplan already up to date: $*"
fi
trap - EXIT

rc=0
reload_dialplan || rc=$?
[ $rc -eq 1 ] && exit 1
if [ $rc -eq 0 ]; then
	for id in "$@"; do
		is_loaded "$id" || die "request $id NOT loaded after reload"
		echo "request $id: active"
	done
fi
exit 0
