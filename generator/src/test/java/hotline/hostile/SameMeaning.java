package hotline.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Two generated output folders (file bytes as Latin-1 text) that may differ only in comments: what a hostile request file name
 * changes. Scripts must have the same lines, every differing line a comment line of its syntax;
 * XML files the same document once comments are removed; the plan the same once its source names
 * are removed.
 */
final class SameMeaning {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SameMeaning() {}

  static void assertSameMeaning(Map<String, String> expected, Map<String, String> actual) throws Exception {
    assertThat(actual.keySet()).as("generated files").isEqualTo(expected.keySet());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String name = e.getKey();
      byte[] want = e.getValue().getBytes(StandardCharsets.ISO_8859_1);
      byte[] got = actual.get(name).getBytes(StandardCharsets.ISO_8859_1);
      if (name.endsWith(".xml")) {
        assertThat(withoutComments(got).isEqualNode(withoutComments(want))).as("%s without its comments is unchanged", name).isTrue();
      } else if (name.endsWith(".json")) {
        assertThat(withoutSources(got)).as("%s without source names", name).isEqualTo(withoutSources(want));
      } else {
        List<String> a = new String(want, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(got, StandardCharsets.UTF_8).lines().toList();
        assertThat(b).as("lines of %s", name).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
          if (!a.get(i).equals(b.get(i))) {
            assertThat(isComment(name, b.get(i))).as("%s:%d differs and is not a comment line: %s", name, i + 1, b.get(i)).isTrue();
            assertThat(isComment(name, a.get(i))).as("%s:%d differs and was not a comment line: %s", name, i + 1, a.get(i)).isTrue();
          }
        }
      }
    }
  }

  /** A whole line the file's syntax reads as a comment (or inside a block comment's frame). */
  static boolean isComment(String file, String line) {
    String t = line.strip();
    if (file.endsWith(".mml")) {
      return t.startsWith("/*") || t.startsWith("* ") || t.startsWith("//");
    }
    if (file.endsWith(".conf")) {
      return t.startsWith(";") && !t.startsWith(";--");
    }
    return t.startsWith("#") && !t.startsWith("#!") && !t.startsWith("#~");
  }

  private static Node withoutComments(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setIgnoringComments(true);
    DocumentBuilder b = f.newDocumentBuilder();
    Document d = b.parse(new ByteArrayInputStream(xml));
    d.normalizeDocument();
    return d;
  }

  private static JsonNode withoutSources(byte[] json) throws Exception {
    JsonNode root = JSON.readTree(json);
    strip(root);
    return root;
  }

  private static void strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove(List.of("sources", "source"));
    }
    n.forEach(SameMeaning::strip);
  }
}
