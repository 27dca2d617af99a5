package hotline.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Strict access to one JSON object of results.json or plan.json: every getter names the file and
 * the field's path when the value is missing or of the wrong kind.
 */
final class JsonObject {
  private final String file;
  private final String path;
  private final JsonNode node;

  private JsonObject(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  /** The document's root, which must be an object. */
  static JsonObject root(String file, JsonNode node) {
    JsonObject root = new JsonObject(file, "", node);
    if (!node.isObject()) {
      throw root.wrong("", "a JSON object", node);
    }
    return root;
  }

  String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw wrong(field, "text", v);
    }
    return v.asText();
  }

  Optional<String> optionalText(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(text(field));
  }

  int integer(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw wrong(field, "a whole number", v);
    }
    return v.asInt();
  }

  OptionalLong optionalLong(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return OptionalLong.empty();
    }
    if (!v.isIntegralNumber()) {
      throw wrong(field, "a whole number or null", v);
    }
    return OptionalLong.of(v.asLong());
  }

  double decimal(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      throw wrong(field, "a number", v);
    }
    return v.asDouble();
  }

  boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw wrong(field, "true or false", v);
    }
    return v.asBoolean();
  }

  JsonObject object(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw wrong(field, "a JSON object", v);
    }
    return new JsonObject(file, where(field), v);
  }

  List<JsonObject> objects(String field) {
    JsonNode v = array(field);
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonObject item = new JsonObject(file, where(field) + "[" + i + "]", v.get(i));
      if (!v.get(i).isObject()) {
        throw item.wrong("", "a JSON object", v.get(i));
      }
      out.add(item);
    }
    return out;
  }

  List<String> texts(String field) {
    JsonNode v = array(field);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw wrong(field + "[" + i + "]", "text", v.get(i));
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  List<Integer> integers(String field) {
    JsonNode v = array(field);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isIntegralNumber()) {
        throw wrong(field + "[" + i + "]", "a whole number", v.get(i));
      }
      out.add(v.get(i).asInt());
    }
    return out;
  }

  /** A problem with this object's {@code field}, in the usual "expected ..., but got" shape. */
  ReportInputException wrong(String field, String expected, String got) {
    String shown = got;
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "...";
    }
    return new ReportInputException(file + ": " + where(field) + ": expected " + expected + ", but got '" + shown + "'");
  }

  private ReportInputException wrong(String field, String expected, JsonNode got) {
    return wrong(field, expected, got == null ? "nothing" : got.isTextual() ? got.asText() : got.toString());
  }

  private JsonNode array(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw wrong(field, "a JSON array", v);
    }
    return v;
  }

  private String where(String field) {
    if (field.isEmpty()) {
      return path.isEmpty() ? "(top level)" : path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }
}
