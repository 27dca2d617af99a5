package hotline.render;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.InvalidInputException;
import hotline.plan.Plan;
import hotline.plan.PlanJson;
import hotline.request.RequestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * request files → plan → every requested target's files → one output folder, written all at once
 * or not at all.
 */
public final class Generator {
  private final Targets targets;
  private final RequestFiles requests = new RequestFiles();

  public Generator(Targets targets) {
    this.targets = targets;
  }

  /** The source lines of the files read, for printing diagnostics. */
  public Map<String, List<String>> sources() {
    return requests.sources();
  }

  /** What a run wrote. */
  public record Result(Plan plan, Path out, List<GeneratedFile> files) {}

  /**
   * Validates, plans, renders and writes.
   *
   * @throws InvalidInputException for bad requests or a plan a target cannot render; nothing is
   *     written then
   */
  public Result generate(GenerateSettings settings) throws InvalidInputException, IOException, OutputFolder.OutputRefused {
    Path out = OutputFolder.check(settings.out());
    Plan plan = requests.load(settings.files());
    List<GeneratedFile> files = render(plan, settings, out);
    OutputFolder.write(out, files);
    return new Result(plan, out, files);
  }

  /**
   * Renders an already planned plan (the harness's, with trunks pointed at its call center) and
   * writes it as the output folder.
   */
  public List<GeneratedFile> write(Plan plan, GenerateSettings settings, Path out) throws InvalidInputException, IOException, OutputFolder.OutputRefused {
    List<GeneratedFile> files = render(plan, settings, out);
    OutputFolder.write(out, files);
    return files;
  }

  /** Renders the plan for the settings' targets into files relative to the output folder. */
  public List<GeneratedFile> render(Plan plan, GenerateSettings settings, Path out) throws InvalidInputException {
    TemplateEngine engine = settings.templates().map(TemplateEngine::withOverrides).orElseGet(TemplateEngine::bundled);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile(OutputFolder.MARKER, PlanJson.write(plan), false));
    List<Diagnostic> problems = new ArrayList<>();
    for (String name : settings.targets()) {
      Target target = targets.byName(name).orElseThrow(() -> new IllegalArgumentException("unknown target " + name));
      try {
        RenderContext context = new RenderContext(engine, out.resolve(name), settings.indexBase());
        for (GeneratedFile f : target.render(plan, context)) {
          files.add(new GeneratedFile(name + "/" + f.path(), f.content(), f.executable()));
        }
      } catch (RenderException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return files;
  }
}
