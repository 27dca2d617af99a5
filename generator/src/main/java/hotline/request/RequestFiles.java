package hotline.request;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.InvalidInputException;
import hotline.diagnostics.SourcePosition;
import hotline.number.ServiceCode;
import hotline.plan.Activation;
import hotline.plan.ExpectationPlanner;
import hotline.plan.Plan;
import hotline.yaml.SourceText;
import hotline.yaml.YamlNode;
import hotline.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads request files into one {@link Plan}: reads each file, validates every request, checks
 * what spans requests (ids unique, one request per area and service), and plans the test calls.
 * Every problem of every file is collected before failing.
 */
public final class RequestFiles {
  static final Set<String> KEYS = new LinkedHashSet<>(List.of("service", "requests"));

  /** The loaded texts by file name, for printing diagnostics with their source lines. */
  private final Map<String, List<String>> sources = new LinkedHashMap<>();

  /** Source lines of every file read so far, by the name used in diagnostics. */
  public Map<String, List<String>> sources() {
    return sources;
  }

  /** Loads files into a plan, or throws with every problem found. */
  public Plan load(List<Path> files) throws InvalidInputException {
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        SourceText text = SourceText.read(file);
        sources.put(text.name(), text.lines());
        texts.add(text);
      } catch (InvalidInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    List<Activation> activations = new ArrayList<>();
    for (SourceText text : texts) {
      try {
        activations.addAll(readFile(text, problems));
      } catch (InvalidInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> names = texts.stream().map(SourceText::name).toList();
    return new Plan(names, ExpectationPlanner.plan(activations));
  }

  /** Loads one text already in memory (tests and the fuzzer). */
  public Plan load(SourceText text) throws InvalidInputException {
    sources.put(text.name(), text.lines());
    List<Diagnostic> problems = new ArrayList<>();
    List<Activation> activations = readFile(text, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Plan(List.of(text.name()), ExpectationPlanner.plan(activations));
  }

  private final Map<String, Activation> byId = new HashMap<>();
  private final Map<String, Activation> byAreaAndService = new HashMap<>();

  private List<Activation> readFile(SourceText text, List<Diagnostic> problems) throws InvalidInputException {
    YamlNode root = YamlReader.read(text);
    Optional<Fields> opened = Fields.of(root, "", KEYS, "", problems);
    if (opened.isEmpty()) {
      return List.of();
    }
    Fields top = opened.get();
    ServiceCode service = ServiceCode.LABOR_HOTLINE;
    Optional<YamlNode.Scalar> serviceNode = top.scalar("service", false);
    if (serviceNode.isPresent()) {
      String code = Fields.normal(serviceNode.get().text());
      if (ServiceCode.isKnown(code)) {
        service = ServiceCode.parse(code);
      } else {
        top.problem(
            serviceNode.get(),
            "service",
            "expected a known 123xx public-service code (" + String.join(", ", ServiceCode.all().stream().map(ServiceCode::digits).toList()) + "), but got '" + serviceNode.get().text() + "'");
      }
    }
    Optional<YamlNode> requests = top.node("requests", true);
    if (requests.isEmpty()) {
      return List.of();
    }
    if (!(requests.get() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      top.problem(requests.get(), "requests", "expected a list of at least one request, but got " + requests.get().kind());
      return List.of();
    }
    RequestReader reader = new RequestReader(text.name(), service, problems);
    List<Activation> activations = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      reader.read(item).ifPresent(a -> {
        if (unique(a, item, problems)) {
          activations.add(a);
        }
      });
    }
    return activations;
  }

  private boolean unique(Activation a, YamlNode item, List<Diagnostic> problems) {
    SourcePosition at = item instanceof YamlNode.Mapping m ? m.entry("id").map(e -> e.value().position()).orElse(item.position()) : item.position();
    Activation sameId = byId.putIfAbsent(a.id(), a);
    if (sameId != null) {
      problems.add(new Diagnostic(at, "id", "expected a unique id, but got '" + a.id() + "', already used at " + sameId.source()));
      return false;
    }
    String key = a.network().area().code() + "/" + a.service();
    Activation sameArea = byAreaAndService.putIfAbsent(key, a);
    if (sameArea != null) {
      SourcePosition areaAt = item instanceof YamlNode.Mapping m ? m.entry("area_code").map(e -> e.value().position()).orElse(at) : at;
      problems.add(
          new Diagnostic(
              areaAt,
              "area_code",
              "expected one request per area and service, but got a second for " + a.network().area().code() + " and " + a.service() + " (the first is '" + sameArea.id() + "' at " + sameArea.source() + ")"));
      return false;
    }
    return true;
  }
}
