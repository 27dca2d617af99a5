# hotline 0.1.0-SNAPSHOT
# hotline - shared helpers for activate.sh / rollback.sh / status.sh
# (sourced, not executed). Expects HOTLINE_DIR to be set by the caller.
#
# Data layout (all under HOTLINE_DIR):
#   requests/<id>.row   dialplan row(s) of one request (db_text format),
#                       every row carries "id=<id>;" at the start of attrs
#   db/dialplan         live dialplan table read by kamailio (db_text)
#   run/ctl.sock        kamailio binrpc socket (ctl module)

DP_TABLE="$HOTLINE_DIR/db/dialplan"
DP_LOCK="$HOTLINE_DIR/db/.dialplan.lock"
CTL_SOCK="$HOTLINE_DIR/run/ctl.sock"
KAMCMD="${KAMCMD:-kamcmd}"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# request ids are used inside regexes and file names: keep them simple
check_id() {
	[[ "$1" =~ ^[a-z0-9][a-z0-9_-]*$ ]] || die "bad request id '$1' (use a-z 0-9 _ -)"
}

# validate_rows <file>: every non-empty line must be a db_text dialplan row:
# 9 fields separated by unescaped ':' and only the escapes db_text knows
# (\\ \: \n \r \t \0). db_text rejects the WHOLE table on any other
# backslash sequence (e.g. a regex "\d" must be written "\\d").
validate_rows() {
	awk '
		/^[[:space:]]*$/ { next }
		{
			line = $0
			gsub(/\\\\/, "", line)         # drop escaped backslashes
			if (line ~ /\\[^:nrt0]/ || line ~ /\\$/) { print FILENAME ":" NR ": bad escape"; bad = 1; next }
			gsub(/\\:/, "", line)            # drop escaped colons
			n = gsub(/:/, ":", line)
			if (n != 8) { print FILENAME ":" NR ": " n+1 " fields, want 9"; bad = 1 }
		}
		END { exit bad }' "$1"
}

# rows of db/dialplan that belong to request $1 (attrs start with id=<id>;)
rows_of() {
	grep -F -- ":id=$1;" "$DP_TABLE" || true
}

# rewrite db/dialplan atomically: $1 = file with the new content.
# db_text (db_mode 1) reloads a table only when the file's mtime (seconds)
# changes, so the new file's mtime is forced past the old one.
replace_table() {
	local new="$1" old_m now
	if cmp -s "$new" "$DP_TABLE"; then
		rm -f "$new"
		return 1                      # nothing changed
	fi
	old_m=$(stat -c %Y "$DP_TABLE")
	now=$(date +%s)
	(( now > old_m )) || now=$(( old_m + 1 ))
	chmod 0644 "$new"
	touch -d "@$now" "$new"
	mv -f "$new" "$DP_TABLE"          # rename(2) = atomic replace
	return 0
}

# run a kamcmd RPC against this instance
rpc() {
	"$KAMCMD" -s "unix:$CTL_SOCK" "$@"
}

# ask the running kamailio to reload the dialplan; returns
#   0 reloaded, 2 kamailio not running (data will apply at next start),
#   1 reload failed
reload_dialplan() {
	if [ ! -S "$CTL_SOCK" ]; then
		echo "kamailio not running (no $CTL_SOCK): change applies at next start"
		return 2
	fi
	# kamcmd exits 0 even when the RPC answers with a fault ("error: ..."),
	# so the output is checked. The dialplan module refuses a reload within
	# reload_delta seconds of the previous one ("ongoing reload"): retry for
	# a few seconds (bounded).
	local out i
	for ((i = 0; i < 25; i++)); do
		out=$(rpc dialplan.reload 2>&1)
		if [ $? -eq 0 ] && ! grep -qi 'error' <<<"$out"; then
			echo "dialplan reloaded"
			return 0
		fi
		grep -q 'ongoing reload' <<<"$out" || break
		sleep 0.2
	done
	echo "dialplan.reload FAILED: $out" >&2
	return 1
}

# is request $1 loaded in the running kamailio? (0 yes, 1 no, 2 unknown)
is_loaded() {
	[ -S "$CTL_SOCK" ] || return 2
	local out
	out=$(rpc dialplan.dump 1 2>/dev/null) || { [ -n "$out" ] || return 1; }
	grep -qF -- "id=$1;" <<<"$out"
}

# serialise all writers of db/dialplan
take_lock() {
	exec 9>"$DP_LOCK"
	flock -w 10 9 || die "cannot lock $DP_LOCK"
}
