package hotline.cli;

import hotline.diagnostics.InvalidInputException;
import hotline.render.GenerateSettings;
import hotline.render.Generator;
import hotline.render.OutputFolder;
import hotline.render.TemplateEngine;
import hotline.render.Targets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hotline generate FILE... --target T --out DIR}: office data for the switches. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the plan and each target's office data (pre-check, activate, rollback).",
      "",
      "Validates the request files, then writes OUT/plan.json and OUT/<target>/ as one folder, "
          + "all at once or not at all. Exit 0 when written, 2 for invalid input (nothing is written then)."
    })
final class GenerateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files (YAML).")
  List<Path> files;

  @Option(names = {"-t", "--target"}, split = ",", paramLabel = "TARGET", defaultValue = "kamailio",
      description = "Targets to render, comma-separated, or 'all' (default: ${DEFAULT-VALUE}). See 'hotline targets'.")
  List<String> targets;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--templates", paramLabel = "DIR", description = "Folder of templates overriding the bundled ones: DIR/<target>/<file>.ftl.")
  Path templates;

  @Option(names = "--index-base", paramLabel = "N", defaultValue = "100",
      description = "First index that vendor scripts allocate (route selection codes, trunk groups, ...), 0-60000 (default: ${DEFAULT-VALUE}).")
  int indexBase;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Targets installed = Targets.installed();
    List<String> chosen = targets.contains("all") ? installed.names() : targets;
    for (String t : chosen) {
      if (installed.byName(t).isEmpty()) {
        err.println("hotline generate: unknown target '" + t + "'; expected one of " + String.join(", ", installed.names()) + " or all");
        return Main.INVALID;
      }
    }
    if (indexBase < 0 || indexBase > 60000) {
      err.println("hotline generate: --index-base: expected 0-60000, but got '" + indexBase + "'");
      return Main.INVALID;
    }
    if (templates != null) {
      try {
        TemplateEngine.withOverrides(templates);
      } catch (IllegalArgumentException e) {
        err.println("hotline generate: --templates: " + e.getMessage());
        return Main.INVALID;
      }
    }
    Generator generator = new Generator(installed);
    try {
      Generator.Result r = generator.generate(new GenerateSettings(files, chosen, this.out, Optional.ofNullable(templates), indexBase));
      out.printf("%d request%s, %d file%s written to %s%n", r.plan().activations().size(), r.plan().activations().size() == 1 ? "" : "s",
          r.files().size(), r.files().size() == 1 ? "" : "s", this.out);
      for (String t : chosen) {
        out.printf("  %s/%s/%n", this.out, t);
      }
      return Main.OK;
    } catch (InvalidInputException e) {
      return Diagnostics.print(e, generator.sources(), err);
    } catch (OutputFolder.OutputRefused e) {
      err.println("hotline generate: --out: " + e.getMessage());
      return Main.INVALID;
    } catch (TemplateEngine.TemplateFailure e) {
      err.println("hotline generate: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      err.println("hotline generate: could not write " + this.out + ": " + e.getMessage());
      return Main.CHECKS_FAILED;
    }
  }
}
