package hotline.target.freeswitch;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a rendering of the freeswitch target before anyone runs it: both XML fragments parse
 * (javax.xml, no DTDs, no external entities), the dialplan is consistent with itself and with the
 * gateways ({@link XmlRules}), and the scripts install, show and remove the same objects ({@link
 * ScriptRules}). The target runs it on its own output and refuses to return output that fails.
 */
public final class FreeswitchChecker {
  private FreeswitchChecker() {}

  /**
   * One broken rule.
   *
   * @param requestId the request whose object breaks it, or "" when it is not one request's
   * @param message {@code file[:line]: expected ..., but got ...}
   */
  public record Problem(String requestId, String message) {
    static Problem of(String name, String message) {
      return new Problem(FreeswitchNames.requestOf(name).orElse(""), message);
    }
  }

  /**
   * Checks the target's files.
   *
   * @param files path → content: {@value FreeswitchNames#DIALPLAN_FILE}, {@value
   *     FreeswitchNames#GATEWAYS_FILE}, activate.sh, precheck.sh, rollback.sh
   * @return every problem found, empty when the rendering is sound
   */
  public static List<Problem> check(Map<String, String> files) {
    List<Problem> problems = new ArrayList<>();
    Optional<Document> dialplan = parse(FreeswitchNames.DIALPLAN_FILE, file(files, FreeswitchNames.DIALPLAN_FILE, problems), problems);
    Optional<Document> gateways = parse(FreeswitchNames.GATEWAYS_FILE, file(files, FreeswitchNames.GATEWAYS_FILE, problems), problems);
    if (dialplan.isPresent() && gateways.isPresent()) {
      XmlRules.Objects objects = XmlRules.check(dialplan.get(), gateways.get(), problems);
      ScriptRules.check(objects, file(files, "activate.sh", problems), file(files, "precheck.sh", problems), file(files, "rollback.sh", problems), problems);
    }
    return problems;
  }

  private static String file(Map<String, String> files, String name, List<Problem> problems) {
    Optional<String> text = Optional.ofNullable(files.get(name));
    if (text.isEmpty()) {
      problems.add(new Problem("", name + ": expected the file in the rendering, but got none"));
    }
    return text.orElse("");
  }

  /** Parses one fragment as XML; a parse error is one problem with its line. */
  static Optional<Document> parse(String name, String text, List<Problem> problems) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return Optional.of(b.parse(new InputSource(new StringReader(text))));
    } catch (SAXParseException e) {
      problems.add(new Problem("", name + ":" + e.getLineNumber() + ": expected well-formed XML, but got: " + e.getMessage()));
    } catch (SAXException | IOException e) {
      problems.add(new Problem("", name + ": expected well-formed XML, but got: " + e.getMessage()));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser supports secure processing", e);
    }
    return Optional.empty();
  }
}
