Runtime files of this Kamailio: ctl.sock, the RPC socket that kamcmd, activate.sh and rollback.sh use.
