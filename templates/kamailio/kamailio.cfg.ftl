<#-- Produces kamailio.cfg: the fixed routing script of the hotline Kamailio target, from the plan's
     header facts only (version, sources, request ids). Every per-request fact lives in db/dialplan. -->
#!KAMAILIO
#
# hotline ${version} - Kamailio 5.6 office data for public-service short numbers
# target:   ${target}
# sources:  <#list sources as s>${s}<#sep>, </#list>
# requests: <#list ids as i>${i}<#sep>, </#list>
#
# The requests, one dialplan row each (db/dialplan, requests/<id>.row):
<#list rows as r>
#   ${r.id}: callers of ${r.area} ${r.cityZh} / ${r.cityEn} (${r.provinceEn}) dialling ${r.service}
#     -> ${r.bound}${r.remoteSeats}; lines in hunt order: <#list r.lines as l>${l}<#sep>, </#list>
#     trunk: ${r.trunk} via ${r.gateway}; next line after ${r.noAnswer} s without answer;
#     charging: ${r.charging}
</#list>
#
# Generated file: edit the request files and run "hotline generate" again instead.
#
# How a call is routed:
#   caller number  = P-Asserted-Identity user if present, else From user,
#                    national format with leading 0 (02083330000)
#   dialled number = Request-URI user (12333)
#   the pair "caller:dialled" is matched against the dialplan table (dpid 1);
#   one row per activated request, its regex checks both the caller's area
#   (area code + plausible local number) and the exact service code.
#   The row gives the bound number and, in "attrs", every per-request fact:
#     id=<request id>;lines=<l1>|<l2>|..;gw=<host:port>;ch=<channels>;
#     na=<no-answer seconds>;chg=<charging mode>
#   (lines are separated by '|': {param.value} stops at ',')
#   The call is sent to sip:<line>@<gw>, lines are hunted in order on
#   486/480/408 or no answer; all lines failed -> 486 to the caller.
#   Simultaneous calls per request are capped at "ch" (503 beyond).
#   Anything that does not match a row gets 404.
#
# Nothing in this file is specific to a request: all request data lives in
# db/dialplan (activated with activate.sh, removed with rollback.sh, both
# followed by a "dialplan.reload" RPC - no restart needed).
#
# Start (from any working directory):
#     kamailio -f DIR/kamailio.cfg -DD -E [-A 'LISTEN=udp:127.0.0.1:15060']
# Runtime files stay under DIR: run/ctl.sock (RPC), cdr/*.log (CDRs).
#

####### Paths #########
# paths.cfg holds one line defining HOTLINE_DIR (absolute path of the folder
# of this file), e.g.  #!substdef "!HOTLINE_DIR!/opt/hotline!g"
# include_file is resolved relative to this file, db_text URLs are not,
# hence the absolute path substitution.
include_file "paths.cfg"

####### Defines #########
# SIP listen socket; override with: kamailio -A 'LISTEN=udp:127.0.0.1:15060'
#!ifndef LISTEN
#!define LISTEN udp:127.0.0.1:5060
#!endif

# dialplan id used for all hotline rows
#!define DP_HOTLINE "1"

# responses from a line that make us try the next line (t_check_status regex)
# (408 is also what tm raises locally when the no-answer timer fires)
#!define HUNT_CODES "486|480|408"

####### Global Parameters #########

debug=2
# logs go to syslog (LOG_LOCAL0), or to stderr when started with -E
log_facility=LOG_LOCAL0
log_prefix="{$mt $hdr(CSeq) $ci} "

# keep the process and any core file inside the folder
workdir="HOTLINE_DIR/run"

# UDP only, on the configured socket only
listen=LISTEN
disable_tcp=yes
auto_aliases=no
children=4

server_header="Server: hotline"
user_agent_header="User-Agent: hotline"

####### Modules Section ########

loadmodule "kex.so"
loadmodule "corex.so"
loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "ctl.so"
loadmodule "cfgutils.so"
loadmodule "db_text.so"
loadmodule "db_flatstore.so"
loadmodule "dialplan.so"
loadmodule "dialog.so"
loadmodule "acc.so"

# ----- ctl: binrpc socket for kamcmd (dialplan.reload etc.) -----
modparam("ctl", "binrpc", "unix:HOTLINE_DIR/run/ctl.sock")

# ----- tm -----
# fr_timer: wait for the first (provisional) reply of a line; the per-call
# no-answer time (fr_inv_timer) is set per request with t_set_fr()
modparam("tm", "fr_timer", 4000)
modparam("tm", "fr_inv_timer", 30000)
# upper bound for a whole hunt (all lines x no-answer); kept generous
modparam("tm", "max_inv_lifetime", 300000)
# always answer (408 -> failure_route) when an INVITE times out (default 1)
modparam("tm", "noisy_ctimer", 1)

# ----- rr -----
modparam("rr", "enable_full_lr", 0)
modparam("rr", "append_fromtag", 1)

# ----- db_text (dialplan storage) -----
# db_mode 1 = re-read a table file when its mtime changed; with the default
# (0, cached forever) dialplan.reload would keep serving the old rows
modparam("db_text", "db_mode", 1)

# ----- dialplan -----
modparam("dialplan", "db_url", "text://HOTLINE_DIR/db")
modparam("dialplan", "table_name", "dialplan")
# the matched row's attrs column is written to this variable
modparam("dialplan", "attrs_pvar", "$var(attrs)")
# allow a dialplan.reload every second (default: one per 5 s, a refused
# reload answers "ongoing reload"; activate/rollback retry on that)
modparam("dialplan", "reload_delta", 1)

# ----- dialog: per-request channel counting -----
# profile "trunk" is keyed by request id (the "id" attr)
modparam("dialog", "profiles_with_value", "trunk")
# safety net for calls whose BYE is lost (seconds)
modparam("dialog", "default_timeout", 14400)
modparam("dialog", "db_mode", 0)

# ----- cfgutils: locks around check-and-reserve of a channel -----
modparam("cfgutils", "lock_set_size", 6)

# ----- acc: CDRs into flat files cdr/cdr_<process rank>.log -----
# One record per call, written explicitly with acc_db_request() where the
# outcome is known (reject, failure_route, BYE) - no acc flags are used.
# db_flatstore appends one '|' separated line per record and fflush()es
# after each write ("flush" parameter, default 1): readable immediately.
# Each process writes its own file: read cdr/cdr_*.log together.
modparam("db_flatstore", "flush", 1)
modparam("acc", "db_url", "flatstore:HOTLINE_DIR/cdr")
# columns: method|from_tag|to_tag|callid|sip_code|sip_reason|time + db_extra
# (times are unix seconds: start = INVITE received, answer = 200 OK,
#  end = BYE or final failure; duration = end - answer)
modparam("acc", "db_extra",
	"caller=$avp(cdr_caller);dialed=$avp(cdr_dialed);translated=$avp(cdr_bound);line=$avp(cdr_line);charging=$avp(cdr_chg);request_id=$avp(cdr_rid);result=$avp(cdr_result);start_time=$avp(cdr_start);answer_time=$avp(cdr_answer);end_time=$avp(cdr_end);duration=$avp(cdr_dur)")

####### Routing Logic ########

request_route {

	# per request initial checks
	route(REQINIT);

	# CANCEL processing
	if (is_method("CANCEL")) {
		if (t_check_trans()) {
			route(RELAY);
		}
		exit;
	}

	# handle retransmissions
	if (!is_method("ACK")) {
		if (t_precheck_trans()) {
			t_check_trans();
			exit;
		}
		t_check_trans();
	}

	# handle requests within SIP dialogs
	route(WITHINDLG);

	### only initial requests (no To tag) below

	# keepalive: OPTIONS to the proxy itself (health checks wait on this)
	if (is_method("OPTIONS") && uri==myself) {
		sl_send_reply("200", "OK");
		exit;
	}

	# an ACK without To tag that matches no transaction: nothing to do
	if (is_method("ACK")) {
		exit;
	}

	# loose routing of initial requests is not offered
	remove_hf("Route");

	if (is_method("INVITE")) {
		route(HOTLINE);
		exit;
	}

	# everything else is unknown here
	sl_send_reply("404", "Not Found");
	exit;
}

# Wrapper for relaying requests
route[RELAY] {
	if (!t_relay()) {
		sl_reply_error();
	}
	exit;
}

# Per SIP request initial checks
route[REQINIT] {
	if (!mf_process_maxfwd_header("10")) {
		sl_send_reply("483", "Too Many Hops");
		exit;
	}

	if (!sanity_check("17895", "7")) {
		xlog("L_WARN", "malformed SIP message from $si:$sp\n");
		exit;
	}
}

# Handle requests within SIP dialogs (Record-Route makes them pass here)
route[WITHINDLG] {
	if (!has_totag()) return;

	if (loose_route()) {
		if (is_method("BYE")) {
			# answered call ends: write its CDR now (on the BYE request)
			route(CDR_BYE);
		}
		route(RELAY);
		exit;
	}

	if (is_method("ACK")) {
		if (t_check_trans()) {
			# ACK for a negative reply we relayed (hop-by-hop)
			route(RELAY);
			exit;
		}
		# ACK without matching transaction -> ignore and discard
		exit;
	}
	sl_send_reply("404", "Not here");
	exit;
}

# Initial INVITE: find the request, check capacity, send to the first line
route[HOTLINE] {
	# --- caller number: PAI user if present, else From user
	if (is_present_hf("P-Asserted-Identity") && $(ai{uri.user}) != "") {
		$var(caller) = $(ai{uri.user});
	} else {
		$var(caller) = $fU;
	}
	# tolerate international form: +86xxx / 0086xxx -> 0xxx (national)
	if ($var(caller) =~ "^\+86[1-9]") {
		$var(caller) = "0" + $(var(caller){s.substr,3,0});
	} else if ($var(caller) =~ "^0086[1-9]") {
		$var(caller) = "0" + $(var(caller){s.substr,4,0});
	}

	# CDR fields known now
	$avp(cdr_caller) = $var(caller);
	$avp(cdr_dialed) = $rU;
	$avp(cdr_start) = $TV(sn);

	if ($var(caller) == $null || $var(caller) == "" || $rU == $null) {
		route(REJECT_404);
	}

	# --- look up the request: key "caller:dialled", e.g. "02083330000:12333"
	$var(key) = $var(caller) + ":" + $rU;
	$var(attrs) = "";
	if (!dp_translate(DP_HOTLINE, "$var(key)/$var(bound)")) {
		xlog("L_INFO", "no activation for caller $var(caller) dialling $rU -> 404\n");
		route(REJECT_404);
	}

	# --- per-request facts from the row's attrs
	$avp(rid)   = $(var(attrs){param.value,id});
	$avp(lines) = $(var(attrs){param.value,lines});
	$avp(gw)    = $(var(attrs){param.value,gw});
	$avp(ch)    = $(var(attrs){param.value,ch}{s.int});
	$avp(na)    = $(var(attrs){param.value,na}{s.int});
	$avp(chg)   = $(var(attrs){param.value,chg});
	# index of the line being tried (0 = first)
	$avp(idx)   = 0;

	$avp(cdr_rid)   = $avp(rid);
	$avp(cdr_bound) = $var(bound);
	$avp(cdr_chg)   = $avp(chg);

	if ($avp(rid) == "" || $avp(lines) == "" || $avp(gw) == "" || $avp(ch) <= 0 || $avp(na) <= 0) {
		xlog("L_ERR", "broken dialplan attrs [$var(attrs)] for $var(key)\n");
		$var(code) = 500;
		$var(reason) = "Server Internal Error";
		route(REJECT);
	}

	xlog("L_INFO", "request $avp(rid): caller $var(caller) -> $rU translated to $var(bound), lines [$avp(lines)] via $avp(gw)\n");

	# --- capacity: count this call in profile trunk/<rid> unless full.
	# The lock makes check-and-reserve atomic against parallel INVITEs.
	lock("trunk:$avp(rid)");
	get_profile_size("trunk", "$avp(rid)", "$var(busy)");
	if ($var(busy) >= $avp(ch)) {
		unlock("trunk:$avp(rid)");
		xlog("L_INFO", "request $avp(rid): all $avp(ch) channels busy -> 503\n");
		$var(code) = 503;
		$var(reason) = "Service Unavailable";
		route(REJECT);
	}
	dlg_manage();
	set_dlg_profile("trunk", "$avp(rid)");
	unlock("trunk:$avp(rid)");

	# data needed for the CDR written on BYE
	$dlg_var(caller) = $avp(cdr_caller);
	$dlg_var(dialed) = $avp(cdr_dialed);
	$dlg_var(bound)  = $avp(cdr_bound);
	$dlg_var(chg)    = $avp(cdr_chg);
	$dlg_var(rid)    = $avp(rid);
	$dlg_var(start)  = $avp(cdr_start);

	# in-dialog requests (ACK, BYE) must pass through us
	record_route();

	route(TO_LINE);
	# only reached if the first line could not be relayed to
	$avp(cdr_result) = 500;
	$avp(cdr_end) = $TV(sn);
	acc_db_request("500 Cannot Relay", "cdr");
	sl_reply_error();
	exit;
}

# Send the INVITE to line number $avp(idx) of $avp(lines)
# (used for the first line and, from failure_route, for the next ones)
route[TO_LINE] {
	$var(line) = $(avp(lines){s.select,$avp(idx),|});
	$ru = "sip:" + $var(line) + "@" + $avp(gw);
	$avp(cdr_line) = $var(line);
	$dlg_var(line) = $var(line);

	# no-answer time of this request (ms) = fr_inv_timer of the branch
	# (counts from the first provisional reply; before that the global
	# fr_timer applies). When it fires, tm CANCELs the line and runs
	# failure_route with a local 408.
	t_set_fr($avp(na) * 1000);
	# re-armed for every branch: t_on_failure() applies to the next relay only
	t_on_failure("HUNT");

	xlog("L_INFO", "request $avp(rid): trying line #$avp(idx) $ru\n");
	if (t_relay()) {
		exit;
	}
	# relaying failed: the caller (request or failure route) decides
	xlog("L_ERR", "request $avp(rid): cannot relay to $ru\n");
}

# Answered call ends (BYE within the dialog): CDR fields from the dialog
route[CDR_BYE] {
	$avp(cdr_caller) = $dlg_var(caller);
	$avp(cdr_dialed) = $dlg_var(dialed);
	$avp(cdr_bound)  = $dlg_var(bound);
	$avp(cdr_line)   = $dlg_var(line);
	$avp(cdr_chg)    = $dlg_var(chg);
	$avp(cdr_rid)    = $dlg_var(rid);
	$avp(cdr_result) = 200;
	$avp(cdr_start)  = $dlg_var(start);
	$avp(cdr_answer) = $dlg(start_ts);
	$avp(cdr_end)    = $TV(sn);
	$avp(cdr_dur)    = $DLG_lifetime;
	acc_db_request("200 OK", "cdr");
}

# Reject the initial INVITE with $var(code) $var(reason) and write a CDR.
# Statefully, so that INVITE retransmissions are absorbed by tm and do not
# produce a second CDR.
route[REJECT] {
	$avp(cdr_result) = $var(code);
	$avp(cdr_end) = $TV(sn);
	$avp(cdr_dur) = 0;
	if (!t_newtran()) {
		sl_reply_error();
		exit;
	}
	acc_db_request("$var(code) $var(reason)", "cdr");
	t_reply("$var(code)", "$var(reason)");
	exit;
}

route[REJECT_404] {
	$var(code) = 404;
	$var(reason) = "Not Found";
	route(REJECT);
}

# A line did not answer: try the next one, or give up with 486
failure_route[HUNT] {
	$avp(cdr_end) = $TV(sn);
	$avp(cdr_dur) = 0;

	# caller hung up while ringing: nothing more to do (487 goes back)
	if (t_is_canceled()) {
		$avp(cdr_result) = 487;
		acc_db_request("487 Request Terminated", "cdr");
		exit;
	}

	$var(code) = $T_reply_code;
	if (t_check_status(HUNT_CODES)) {
		xlog("L_INFO", "request $avp(rid): line $avp(cdr_line) gave $var(code)\n");
		$avp(idx) = $avp(idx) + 1;
		if ($(avp(lines){s.select,$avp(idx),|}) != "") {
			# next line; TO_LINE exits when relayed
			route(TO_LINE);
		}
		# every line busy / not answering
		xlog("L_INFO", "request $avp(rid): all lines failed -> 486\n");
		$avp(cdr_result) = 486;
		acc_db_request("486 Busy Here", "cdr");
		t_reply("486", "Busy Here");
		exit;
	}

	# any other failure of a line is passed back to the caller as is
	$avp(cdr_result) = $var(code);
	acc_db_request("$var(code) $T_reply_reason", "cdr");
}
