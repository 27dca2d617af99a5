package hotline.cli;

import hotline.diagnostics.InvalidInputException;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.request.RequestFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hotline validate FILE...}: checks request files and prints what they ask for. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks activation request files and prints every problem, compiler style.",
      "Exit 0 when all files are valid, 2 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files (YAML).")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RequestFiles requests = new RequestFiles();
    try {
      Plan plan = requests.load(files);
      for (Activation a : plan.activations()) {
        out.printf(
            "%s: %s: %s %s %s/%s -> %s, %s trunk x%d (%d channel%s), %s%n",
            a.source(), a.id(), a.service(), a.network().area().code(), a.network().area().cityZh(), a.network().area().cityEn(),
            a.huntGroup().pilot().display(), a.trunk().type().id(), a.trunk().count(), a.trunk().channels(), a.trunk().channels() == 1 ? "" : "s", a.charging().id());
      }
      out.printf("%d request%s valid in %d file%s%n", plan.activations().size(), plan.activations().size() == 1 ? "" : "s", files.size(), files.size() == 1 ? "" : "s");
      return Main.OK;
    } catch (InvalidInputException e) {
      return Diagnostics.print(e, requests.sources(), spec.commandLine().getErr());
    }
  }
}
