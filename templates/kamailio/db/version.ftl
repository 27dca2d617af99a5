table_name(string) table_version(int)
dialplan:2
