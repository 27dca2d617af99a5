package hotline.target.freeswitch;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a rendering of the freeswitch target before anyone runs it: every XML file parses
 * (javax.xml, no DTDs, no external entities), the dialplan files, read in the order FreeSWITCH
 * includes them (their names' byte order), are consistent with themselves and with the gateways,
 * and each request's files stand alone ({@link XmlRules}), and each request's script sections
 * install, show and remove the same objects ({@link ScriptRules}). The target runs it on its own output and refuses to return output that fails.
 */
public final class FreeswitchChecker {
  private static final Pattern AREA_FILE = Pattern.compile(Pattern.quote(FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.DIALPLAN_PREFIX) + "([0-9]+)" + Pattern.quote(FreeswitchNames.AREA_FILE) + "(.+)" + Pattern.quote(FreeswitchNames.SUFFIX));
  private static final Pattern NO_AREA_FILE = Pattern.compile(Pattern.quote(FreeswitchNames.DIALPLAN_DIR + FreeswitchNames.DIALPLAN_PREFIX) + "([0-9]+)" + Pattern.quote(FreeswitchNames.NO_AREA_FILE));
  private static final Pattern GATEWAY_FILE = Pattern.compile(Pattern.quote(FreeswitchNames.GATEWAY_DIR + FreeswitchNames.GATEWAY_PREFIX) + "(.+)" + Pattern.quote(FreeswitchNames.SUFFIX));

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
   * @param files path → content: for each request dialplan/hotline-CODE-area-ID.xml and
   *     sip_profiles/hotline-gateway-ID.xml, for each service dialplan/hotline-CODE-no-area.xml,
   *     activate.sh, precheck.sh, rollback.sh
   * @return every problem found, empty when the rendering is sound
   */
  public static List<Problem> check(Map<String, String> files) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Document> dialplan = new TreeMap<>();
    Map<String, Map.Entry<String, Document>> gateways = new LinkedHashMap<>();
    Map<String, Map.Entry<String, String>> areaFiles = new LinkedHashMap<>();
    Map<String, String> noAreaFiles = new LinkedHashMap<>();
    boolean parsed = true;
    for (Map.Entry<String, String> f : files.entrySet()) {
      String name = f.getKey();
      if (name.endsWith(".sh")) {
        continue;
      }
      Optional<Document> doc = parse(name, f.getValue(), problems);
      parsed &= doc.isPresent();
      Matcher area = AREA_FILE.matcher(name);
      Matcher noArea = NO_AREA_FILE.matcher(name);
      Matcher gateway = GATEWAY_FILE.matcher(name);
      if (area.matches()) {
        areaFiles.put(area.group(2), Map.entry(name, area.group(1)));
        doc.ifPresent(d -> dialplan.put(name, d));
      } else if (noArea.matches()) {
        noAreaFiles.put(noArea.group(1), name);
        doc.ifPresent(d -> dialplan.put(name, d));
      } else if (gateway.matches()) {
        doc.ifPresent(d -> gateways.put(gateway.group(1), Map.entry(name, d)));
      } else {
        problems.add(new Problem("", name + ": expected dialplan/hotline-CODE-area-ID.xml, dialplan/hotline-CODE-no-area.xml or sip_profiles/hotline-gateway-ID.xml, but got this file"));
      }
    }
    for (String id : areaFiles.keySet()) {
      if (!files.containsKey(FreeswitchNames.GATEWAY_DIR + FreeswitchNames.gatewayFile(id))) {
        problems.add(new Problem(id, FreeswitchNames.GATEWAY_DIR + FreeswitchNames.gatewayFile(id) + ": expected the gateway file of request " + id + " in the rendering, but got none"));
      }
    }
    if (parsed) {
      Map<String, XmlRules.Request> requests = XmlRules.check(dialplan, gateways, areaFiles, noAreaFiles, problems);
      ScriptRules.check(requests, file(files, "activate.sh", problems), file(files, "precheck.sh", problems), file(files, "rollback.sh", problems), problems);
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
