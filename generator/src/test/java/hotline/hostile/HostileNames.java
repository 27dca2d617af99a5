package hotline.hostile;

import java.util.List;

/**
 * Request file names with every target's statement terminators and comment markers: the name is
 * written into the header of every generated script. A '/' makes a folder: {@code a* /b.yaml}
 * (without the space) puts {@code *}{@code /} into the path.
 */
final class HostileNames {
  static final List<String> ALL = List.of(
      "new\nline.yaml",
      "new\nroute{exit;}\n#.yaml",
      "carriage\rreturn.yaml",
      "tab\tname.yaml",
      "escape\u001b[2J.yaml",
      "line\u2028separator.yaml",
      "next\u0085line.yaml",
      "close*/comment.yaml",
      "open/*comment.yaml",
      "semi;colon.yaml",
      "double\"quote.yaml",
      "single'quote.yaml",
      "hash#.yaml",
      "#!define X.yaml",
      "xml<!--open.yaml",
      "xml-->close.yaml",
      "cdata]]>.yaml",
      "pipe|name.yaml",
      "colon:name.yaml",
      "${interpolation}.yaml",
      "<#if x>directive.yaml",
      "#{hash}.yaml",
      "$(id).yaml",
      "`id`.yaml",
      "amp&lt;.yaml",
      "asterisk;--block.yaml",
      "freeswitch$${var}.yaml",
      "back\\slash.yaml",
      "percent%s.yaml",
      "-rf.yaml",
      "space name.yaml",
      "请求-广州.yaml",
      "K'12333.yaml");

  private HostileNames() {}
}
