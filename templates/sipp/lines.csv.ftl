<#-- Produces lines.csv: the call center's indexed injection file (-inf lines.csv -infindex
     lines.csv 0), from the model: calls (key "caller:dialled", expectedLine; "-" for a call that
     must reach no line). One row per key. -->
SEQUENTIAL
<#list calls as c>
${c.key};${c.expectedLine}
</#list>
