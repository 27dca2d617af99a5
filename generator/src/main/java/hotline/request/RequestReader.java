package hotline.request;

import hotline.diagnostics.Diagnostic;
import hotline.number.Area;
import hotline.number.AreaCode;
import hotline.number.AreaDirectory;
import hotline.number.Operator;
import hotline.number.PhoneNumber;
import hotline.number.ServiceCode;
import hotline.plan.Activation;
import hotline.plan.ChargingMode;
import hotline.plan.HuntGroup;
import hotline.plan.LocalNetwork;
import hotline.plan.NumberChange;
import hotline.plan.RequestDates;
import hotline.plan.Signalling;
import hotline.plan.SipUri;
import hotline.plan.SourceRef;
import hotline.plan.TrunkGroup;
import hotline.plan.TrunkType;
import hotline.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one request of a request file into an {@link Activation} (without its expectations),
 * reporting every problem of the request.
 */
final class RequestReader {
  static final Set<String> KEYS =
      new LinkedHashSet<>(List.of("id", "area_code", "operator", "bound_number", "hunt_lines", "trunk", "charging", "no_answer_seconds", "remote_seats", "dates"));
  static final Set<String> TRUNK_KEYS = new LinkedHashSet<>(List.of("type", "count", "signalling", "gateway"));
  static final Set<String> DATE_KEYS = new LinkedHashSet<>(List.of("filing_notice", "written_request", "opened"));

  /** The no-answer timer when a request gives none. */
  static final int DEFAULT_NO_ANSWER_SECONDS = 20;

  private final String file;
  private final ServiceCode service;
  private final List<Diagnostic> problems;

  RequestReader(String file, ServiceCode service, List<Diagnostic> problems) {
    this.file = file;
    this.service = service;
    this.problems = problems;
  }

  /** The activation, or empty when the request has problems (all of them recorded). */
  Optional<Activation> read(YamlNode node) {
    int before = problems.size();
    Optional<Fields> opened = Fields.of(node, "requests[]", KEYS, "", problems);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opened.get();
    Optional<String> id = f.scalar("id", true).flatMap(s -> id(f, s));
    Optional<Area> area = f.normalText("area_code", true).flatMap(code -> area(f, code));
    Optional<Operator> operator = operator(f);
    boolean remoteSeats = f.bool("remote_seats").orElse(false);
    Optional<PhoneNumber> bound = f.scalar("bound_number", true).flatMap(s -> number(f, "bound_number", s));
    if (bound.isPresent() && area.isPresent() && !remoteSeats && !bound.get().area().equals(area.get().code())) {
      f.problem(
          f.node("bound_number", false).orElseThrow(),
          "bound_number",
          "expected a number in the area " + area.get().code() + " (or remote_seats: true for seats in another network), but got '" + bound.get().display() + "'");
      bound = Optional.empty();
    }
    Optional<TrunkGroup> trunk = trunk(f);
    Optional<List<PhoneNumber>> lines = lines(f, bound, trunk);
    Optional<ChargingMode> charging =
        f.choice("charging", true, Arrays.stream(ChargingMode.values()).map(ChargingMode::id).toList(), ChargingMode::byId);
    int noAnswer = f.integer("no_answer_seconds", false, 2, 120, "a no-answer time of 2-120 seconds").orElse(DEFAULT_NO_ANSWER_SECONDS);
    RequestDates dates = dates(f);
    if (problems.size() > before) {
      return Optional.empty();
    }
    Area a = area.orElseThrow();
    LocalNetwork network = new LocalNetwork(a, operator.orElse(Operator.advisedFor(a)), operator.isEmpty());
    return Optional.of(
        new Activation(
            id.orElseThrow(),
            new SourceRef(file, node.position().line()),
            network,
            new NumberChange(service, bound.orElseThrow()),
            new HuntGroup(lines.orElseThrow()),
            trunk.orElseThrow(),
            charging.orElseThrow(),
            noAnswer,
            remoteSeats,
            dates,
            List.of()));
  }

  private Optional<String> id(Fields f, YamlNode.Scalar s) {
    if (!Activation.ID.matcher(s.text()).matches()) {
      f.problem(s, "id", "expected 1-40 lower-case letters, digits or '-', starting with a letter or digit, but got '" + s.text() + "'");
      return Optional.empty();
    }
    return Optional.of(s.text());
  }

  private Optional<Operator> operator(Fields f) {
    List<String> names = Arrays.stream(Operator.values()).map(Operator::id).toList();
    Optional<YamlNode.Scalar> s = f.scalar("operator", false);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.get().text().equals("china-netcom")) {
      f.problem(
          s.get(),
          "operator",
          "expected one of " + String.join(", ", names) + ", but got '" + s.get().text() + "' (China Netcom merged into China Unicom in 2008-2009: write 'china-unicom')");
      return Optional.empty();
    }
    return f.choice("operator", false, names, Operator::byId);
  }

  private Optional<Area> area(Fields f, String code) {
    YamlNode at = f.node("area_code", false).orElseThrow();
    if (!AreaCode.isSyntax(code)) {
      f.problem(at, "area_code", "expected an area code with its leading 0, such as 010, 020 or 0755, but got '" + code + "'");
      return Optional.empty();
    }
    Optional<Area> area = AreaDirectory.get().find(AreaCode.parse(code));
    if (area.isEmpty()) {
      f.problem(at, "area_code", "expected an area code of a local network of mainland China, but got '" + code + "', which does not exist");
    }
    return area;
  }

  private Optional<PhoneNumber> number(Fields f, String key, YamlNode.Scalar s) {
    try {
      return Optional.of(PhoneNumber.parse(s.text()));
    } catch (IllegalArgumentException e) {
      f.problem(s, key, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<TrunkGroup> trunk(Fields f) {
    Optional<YamlNode> node = f.node("trunk", true);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<Fields> opened = Fields.of(node.get(), "trunk", TRUNK_KEYS, "trunk.", problems);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    Fields t = opened.get();
    Optional<TrunkType> type =
        t.choice("type", true, Arrays.stream(TrunkType.values()).map(TrunkType::id).toList(), TrunkType::byId);
    Optional<Integer> count =
        type.flatMap(
            ty -> t.integer("count", true, ty.minCount(), ty.maxCount(),
                ty == TrunkType.ANALOG ? "1-120 lines for an analog trunk" : "1-63 E1s for a digital trunk"));
    Optional<Signalling> signalling = Optional.empty();
    Optional<YamlNode> signallingNode = t.node("signalling", false);
    if (type.isPresent() && type.get() == TrunkType.ANALOG && signallingNode.isPresent()) {
      t.problem(signallingNode.get(), "signalling", "expected no signalling on an analog trunk (it is for digital trunks: isup, pri or sip), but got " + signallingNode.get().kind());
    } else if (type.isPresent() && type.get() == TrunkType.DIGITAL) {
      signalling =
          signallingNode.isPresent()
              ? t.choice("signalling", false, Arrays.stream(Signalling.values()).map(Signalling::id).toList(), Signalling::byId)
              : Optional.of(Signalling.ISUP);
    }
    Optional<SipUri> gateway =
        t.scalar("gateway", false)
            .flatMap(
                s -> {
                  try {
                    return Optional.of(SipUri.parse(Fields.normal(s.text())));
                  } catch (IllegalArgumentException e) {
                    t.problem(s, "gateway", e.getMessage());
                    return Optional.empty();
                  }
                });
    if (type.isEmpty() || count.isEmpty() || (type.get() == TrunkType.DIGITAL && signalling.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new TrunkGroup(type.get(), count.get(), signalling, gateway));
  }

  private Optional<List<PhoneNumber>> lines(Fields f, Optional<PhoneNumber> bound, Optional<TrunkGroup> trunk) {
    int before = problems.size();
    Optional<List<YamlNode.Scalar>> items = f.scalarList("hunt_lines");
    boolean listRead = problems.size() == before;
    List<PhoneNumber> lines = new ArrayList<>();
    Set<PhoneNumber> seen = new HashSet<>();
    bound.ifPresent(lines::add);
    bound.ifPresent(seen::add);
    if (items.isPresent() && !items.get().isEmpty() && trunk.isPresent() && trunk.get().type() == TrunkType.DIGITAL) {
      f.problem(
          f.node("hunt_lines", false).orElseThrow(),
          "hunt_lines",
          "expected no hunt_lines on a digital trunk (its channels are hunted inside the trunk group), but got " + lines(items.get().size()));
      return Optional.empty();
    }
    boolean ok = true;
    for (YamlNode.Scalar item : items.orElse(List.of())) {
      Optional<PhoneNumber> line = number(f, "hunt_lines", item);
      if (line.isEmpty()) {
        ok = false;
      } else if (seen.contains(line.get())) {
        f.problem(item, "hunt_lines", "expected each line once (the pilot " + bound.map(PhoneNumber::display).orElse("") + " is the first line), but got '" + line.get().display() + "' again");
        ok = false;
      } else if (bound.isPresent() && !line.get().area().equals(bound.get().area())) {
        f.problem(item, "hunt_lines", "expected a line in the pilot's area " + bound.get().area() + ", but got '" + line.get().display() + "'");
        ok = false;
      } else {
        lines.add(line.get());
        seen.add(line.get());
      }
    }
    if (!ok || !listRead || bound.isEmpty()) {
      return Optional.empty();
    }
    if (trunk.isPresent() && trunk.get().type() == TrunkType.ANALOG) {
      int expected = 1 + items.map(List::size).orElse(0);
      if (trunk.get().count() != expected) {
        YamlNode at = f.node("trunk", false).flatMap(t -> t instanceof YamlNode.Mapping m ? m.entry("count").map(YamlNode.Entry::value) : Optional.empty()).orElseThrow();
        problems.add(
            new Diagnostic(
                at.position(),
                "trunk.count",
                "expected " + lines(expected) + " for an analog trunk (the pilot"
                    + (expected == 1 ? " alone, as there are no hunt_lines" : " and " + lines(expected - 1) + " of hunt_lines")
                    + "), but got '" + trunk.get().count() + "'"));
        return Optional.empty();
      }
    }
    return Optional.of(lines);
  }

  private static String lines(int n) {
    return n + (n == 1 ? " line" : " lines");
  }

  private RequestDates dates(Fields f) {
    Optional<YamlNode> node = f.node("dates", false);
    if (node.isEmpty()) {
      return RequestDates.none();
    }
    Optional<Fields> opened = Fields.of(node.get(), "dates", DATE_KEYS, "dates.", problems);
    if (opened.isEmpty()) {
      return RequestDates.none();
    }
    Fields d = opened.get();
    return new RequestDates(d.date("filing_notice"), d.date("written_request"), d.date("opened"));
  }
}
