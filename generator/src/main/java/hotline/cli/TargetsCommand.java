package hotline.cli;

import hotline.render.Target;
import hotline.render.Targets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hotline targets}: the switch targets and what each writes. */
@Command(name = "targets", mixinStandardHelpOptions = true, description = "Lists the switch targets, what each is for and the files it writes.")
final class TargetsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Target t : Targets.installed().all()) {
      out.printf("%-18s %s%n", t.name(), t.description());
      for (String f : t.files()) {
        out.printf("%-18s   OUT/%s/%s%n", "", t.name(), f);
      }
    }
    return Main.OK;
  }
}
