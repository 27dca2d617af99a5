package hotline.hostile;

import java.util.List;

/**
 * A field of {@code fixtures/hostile/injection/base.yaml} that a marker is appended to, inside the
 * field's double quotes: {@code id: "guangzhou"} becomes {@code id: "guangzhou;"}. A marker
 * appended to a key instead makes an unknown key, which the diagnostic must name.
 *
 * @param field the field a diagnostic must name
 * @param after text of the base after which the field's first occurrence is taken
 * @param key how the field's key is written in the base, up to its value's opening quote
 * @param inKey the marker goes into the key, not the value
 */
record Injection(String field, String after, String key, boolean inKey) {
  static final List<Injection> FIELDS = List.of(
      value("service", "", "service: \""),
      value("id", "", "id: \""),
      value("area_code", "", "area_code: \""),
      value("operator", "", "operator: \""),
      value("bound_number", "", "bound_number: \""),
      value("hunt_lines", "", "hunt_lines: [\""),
      value("trunk.type", "", "type: \""),
      value("trunk.count", "", "count: \""),
      value("trunk.gateway", "", "gateway: \""),
      value("trunk.signalling", "shenzhen", "signalling: \""),
      value("charging", "", "charging: \""),
      value("no_answer_seconds", "", "no_answer_seconds: \""),
      value("remote_seats", "", "remote_seats: \""),
      value("dates.filing_notice", "", "filing_notice: \""),
      value("dates.written_request", "", "written_request: \""),
      value("dates.opened", "", "opened: \""),
      new Injection("charging", "", "    charging", true),
      new Injection("trunk.type", "", "      type", true));

  private static Injection value(String field, String after, String key) {
    return new Injection(field, after, key, false);
  }

  /** The base text with the marker (YAML double-quoted notation) in this field. */
  String inject(String base, String marker) {
    int from = base.indexOf(after);
    int at = base.indexOf(key, from);
    if (from < 0 || at < 0) {
      throw new IllegalStateException("the base has no '" + key + "' after '" + after + "'");
    }
    if (inKey) {
      // "    charging" -> "    \"charging<marker>\""
      String quoted = key.stripLeading();
      String indent = key.substring(0, key.length() - quoted.length());
      return base.substring(0, at) + indent + "\"" + quoted + marker + "\"" + base.substring(at + key.length());
    }
    int close = base.indexOf('"', at + key.length());
    return base.substring(0, close) + marker + base.substring(close);
  }

  /** The field the diagnostic names: for a marker in a key, the unknown key itself. */
  String expectedField(String marker) {
    if (!inKey) {
      return field;
    }
    String prefix = field.contains(".") ? field.substring(0, field.indexOf('.') + 1) : "";
    return prefix + key.strip() + HostileFile.unescape(marker);
  }
}
