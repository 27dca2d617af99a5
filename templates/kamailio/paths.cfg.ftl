<#-- Produces paths.cfg: where the generated folder lives, for the strings Kamailio reads (db_text,
     ctl socket, CDR folder), which do not resolve relative to kamailio.cfg. From the output folder. -->
# hotline ${version}: the absolute path of this folder, substituted for HOTLINE_DIR in kamailio.cfg.
# Moving the folder? Run "hotline generate" again with the new --out, or edit this line.
#!substdef "!HOTLINE_DIR!${dir}!g"
