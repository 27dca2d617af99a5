<#-- Produces requests/<id>.row: the dialplan row of one request, which activate.sh copies into
     db/dialplan and rollback.sh removes. One line, the same as in the generated db/dialplan. -->
${row.line}
