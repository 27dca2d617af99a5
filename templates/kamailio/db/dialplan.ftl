<#-- Produces db/dialplan: the db_text dialplan table with one row per request of the plan (all
     activated). Row format: id:dpid:pr:match_op:match_exp:match_len:subst_exp:repl_exp:attrs. -->
id(int,auto) dpid(int) pr(int) match_op(int) match_exp(string) match_len(int) subst_exp(string) repl_exp(string) attrs(string)
<#list rows as r>
${r.line}
</#list>
