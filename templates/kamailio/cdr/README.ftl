Call records (CDRs) of this Kamailio, written by the acc module through db_flatstore:
one file per Kamailio process, cdr_<process>.log, one line per call, columns separated by '|':
method|from_tag|to_tag|callid|sip_code|sip_reason|time|caller|dialled|translated|line|charging|request_id|result|start_time|answer_time|end_time|duration
