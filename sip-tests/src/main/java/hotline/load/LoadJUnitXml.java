package hotline.load;

import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * junit.xml of a load run: a test suite per engine, a test case per trial. A single trial fails
 * when it is not clean; in a rate search only trials with a call at a wrong line fail (failing
 * above the clean rate is what the search is for), and a search that found no clean rate fails.
 */
public final class LoadJUnitXml {
  private LoadJUnitXml() {}

  public static String write(LoadReport r) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "hotline load");
      x.writeAttribute("time", seconds(Duration.between(r.started(), r.finished())));
      boolean search = !r.searches().isEmpty();
      for (Engine e : r.settings().engines()) {
        var trials = r.trials().stream().filter(t -> t.engine() == e).toList();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", "hotline.load." + e.id());
        x.writeAttribute("tests", Integer.toString(trials.size() + (search ? 1 : 0)));
        for (LoadResult t : trials) {
          x.writeCharacters("\n    ");
          x.writeStartElement("testcase");
          x.writeAttribute("classname", "hotline.load." + e.id());
          x.writeAttribute("name", t.targetRate() + " calls/s for " + t.window().toSeconds() + " s");
          boolean failed = search ? t.wrongLine() > 0 : !t.clean();
          if (failed) {
            x.writeStartElement("failure");
            x.writeAttribute("message", t.summary());
            x.writeCharacters(t.summary() + "\nfailures: " + t.failures() + "\n" + String.join("\n", t.problems()) + "\n" + String.join("\n", t.generatorFindings()));
            x.writeEndElement();
          } else {
            x.writeStartElement("system-out");
            x.writeCharacters(t.summary());
            x.writeEndElement();
          }
          x.writeEndElement();
        }
        if (search) {
          var o = r.search(e).orElseThrow();
          x.writeCharacters("\n    ");
          x.writeStartElement("testcase");
          x.writeAttribute("classname", "hotline.load." + e.id());
          x.writeAttribute("name", "highest clean rate");
          if (o.highestClean() == 0) {
            x.writeStartElement("failure");
            x.writeAttribute("message", "no rate was clean, not even the first");
            x.writeEndElement();
          } else {
            x.writeStartElement("system-out");
            x.writeCharacters(o.highestClean() + " calls/s");
            x.writeEndElement();
          }
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("results always serialise", ex);
    }
    return out + "\n";
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }
}
