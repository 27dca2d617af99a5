package hotline.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hotline.number.Area;
import hotline.number.PhoneNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes a plan as {@code plan.json}: a stable, documented shape (format version 1) for people and
 * other tools. Field order is fixed, so the same plan gives the same bytes.
 */
public final class PlanJson {
  /** Bumped when a field changes meaning or disappears. */
  public static final int FORMAT = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PlanJson() {}

  /** The plan as pretty-printed JSON with a trailing newline. */
  public static String write(Plan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode sources = root.putArray("sources");
    plan.sources().forEach(sources::add);
    ArrayNode activations = root.putArray("activations");
    plan.activations().forEach(a -> activations.add(activation(a)));
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a plan always serialises", e);
    }
  }

  private static ObjectNode activation(Activation a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("source", a.source().toString());
    n.put("service", a.service().digits());
    ObjectNode network = n.putObject("network");
    Area area = a.network().area();
    network.put("area_code", area.code().digits());
    ArrayNode lengths = network.putArray("local_lengths");
    area.localLengths().forEach(lengths::add);
    network.put("province_zh", area.provinceZh());
    network.put("province_en", area.provinceEn());
    network.put("city_zh", area.cityZh());
    network.put("city_en", area.cityEn());
    network.put("operator", a.network().operator().id());
    network.put("operator_derived", a.network().operatorDerived());
    ObjectNode change = n.putObject("number_change");
    change.put("from", a.service().digits());
    change.put("match_length", a.numberChange().matchLength());
    change.put("to", a.numberChange().boundNumber().national());
    ObjectNode hunt = n.putObject("hunt_group");
    hunt.put("pilot", a.huntGroup().pilot().national());
    ArrayNode lines = hunt.putArray("lines");
    a.huntGroup().lines().forEach(l -> lines.add(l.national()));
    hunt.put("no_answer_seconds", a.noAnswerSeconds());
    ObjectNode trunk = n.putObject("trunk");
    trunk.put("type", a.trunk().type().id());
    trunk.put("count", a.trunk().count());
    trunk.put("channels", a.trunk().channels());
    trunk.put("signalling", a.trunk().signalling().map(Signalling::id).orElse(null));
    trunk.put("gateway", a.trunk().gateway().map(SipUri::toString).orElse(null));
    n.put("charging", a.charging().id());
    n.put("remote_seats", a.remoteSeats());
    ObjectNode dates = n.putObject("dates");
    dates.put("filing_notice", date(a.dates().filingNotice()));
    dates.put("written_request", date(a.dates().writtenRequest()));
    dates.put("opened", date(a.dates().opened()));
    ArrayNode expectations = n.putArray("expectations");
    for (CallExpectation e : a.expectations()) {
      ObjectNode x = expectations.addObject();
      x.put("check", e.check().id());
      x.put("scenario", e.scenario());
      x.put("caller", e.caller().national());
      x.put("dialled", e.dialled());
      x.put("answered_at", e.outcome().line().map(PhoneNumber::national).orElse(null));
      x.put("status", e.outcome().code());
    }
    return n;
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
