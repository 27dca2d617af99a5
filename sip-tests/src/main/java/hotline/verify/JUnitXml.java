package hotline.verify;

import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * junit.xml: one test suite per check, one test case per check and request, in the format CI
 * servers read (Surefire's). A failed check is a failure with its reasons; a check that could not
 * run is skipped with why.
 */
public final class JUnitXml {
  private JUnitXml() {}

  public static String write(VerifyResults r) {
    Map<String, List<CheckResult>> bySuite = new LinkedHashMap<>();
    for (CheckResult c : r.checks()) {
      bySuite.computeIfAbsent(c.check().id(), k -> new java.util.ArrayList<>()).add(c);
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "hotline verify");
      x.writeAttribute("tests", Integer.toString(r.checks().size()));
      x.writeAttribute("failures", Long.toString(r.failedChecks()));
      x.writeAttribute("time", seconds(Duration.between(r.started(), r.finished())));
      for (Map.Entry<String, List<CheckResult>> suite : bySuite.entrySet()) {
        List<CheckResult> cases = suite.getValue();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", "hotline." + suite.getKey());
        x.writeAttribute("tests", Integer.toString(cases.size()));
        x.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.verdict() == Verdict.FAILED).count()));
        x.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.verdict() == Verdict.NOT_RUN).count()));
        for (CheckResult c : cases) {
          x.writeCharacters("\n    ");
          x.writeStartElement("testcase");
          x.writeAttribute("classname", "hotline." + c.check().id());
          x.writeAttribute("name", c.check().id() + " " + c.requestId());
          if (c.verdict() == Verdict.FAILED) {
            x.writeStartElement("failure");
            x.writeAttribute("message", c.failures().isEmpty() ? c.summary() : c.failures().get(0));
            x.writeCharacters(c.summary() + "\n" + String.join("\n", c.failures()));
            x.writeEndElement();
          } else if (c.verdict() == Verdict.NOT_RUN) {
            x.writeStartElement("skipped");
            x.writeAttribute("message", c.summary());
            x.writeEndElement();
          }
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      if (!r.complete()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", "hotline.run");
        x.writeAttribute("tests", "1");
        x.writeAttribute("failures", "1");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "hotline.run");
        x.writeAttribute("name", "run complete");
        x.writeStartElement("failure");
        x.writeAttribute("message", "the run was interrupted; some checks did not run");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("results always serialise", e);
    }
    return out + "\n";
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }
}
