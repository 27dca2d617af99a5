<#-- Produces callers-<area>.csv: SIPp's injection file for one area's caller (-inf), from the
     model: calls (caller, dialled, expectedLine; expectedLine "-" for none). SEQUENTIAL: call N
     takes row N modulo the rows. Fields: caller;dialled;expected line. -->
SEQUENTIAL
<#list calls as c>
${c.caller};${c.dialled};${c.expectedLine}
</#list>
