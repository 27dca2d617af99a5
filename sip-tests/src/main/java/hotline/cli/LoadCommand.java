package hotline.cli;

import hotline.diagnostics.DiagnosticFormatter;
import hotline.diagnostics.InvalidInputException;
import hotline.load.Engine;
import hotline.load.LoadException;
import hotline.load.LoadReport;
import hotline.load.LoadResult;
import hotline.load.LoadRun;
import hotline.load.LoadSettings;
import hotline.load.MaxRateSearch;
import hotline.load.TerminalLoadProgress;
import hotline.render.OutputFolder;
import hotline.sut.SwitchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hotline load FILE...}: many callers at once through the embedded switch. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps N calls per second through the switch and checks every call landed on its line.",
      "",
      "Generates the Kamailio office data with every trunk pointed at the harness, starts the switch, "
          + "and places CPS calls per second for S seconds, spread over all activated areas, with SIPp or the "
          + "JAIN-SIP engine; every answered call must reach its area's line. Reports placed, answered and "
          + "failed calls, the rate achieved, call-setup percentiles and failure codes, and whether the "
          + "generator itself was the bottleneck. --find-max searches the highest clean rate instead.",
      "Writes OUT/results.json and OUT/junit.xml; each trial's files under OUT/trials/.",
      "Exit 0 when clean, 1 when a call failed or reached a wrong line, 2 for invalid input."
    })
final class LoadCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files (YAML).")
  List<Path> files;

  @Option(names = "--cps", paramLabel = "N", defaultValue = "50", description = "Calls per second over all areas; the start rate with --find-max (default: ${DEFAULT-VALUE}).")
  int cps;

  @Option(names = "--duration", paramLabel = "S", defaultValue = "10", description = "Seconds to place calls for; each trial's window with --find-max (default: ${DEFAULT-VALUE}).")
  int duration;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "sipp", description = "sipp or jain (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--hold", paramLabel = "MS", defaultValue = "0", description = "How long answered calls stay up, in ms (default: ${DEFAULT-VALUE}).")
  int hold;

  @Option(names = "--find-max", description = "Ramp the rate up to find the highest rate with no failed call.")
  boolean findMax;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/load", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LoadSettings settings;
    try {
      Engine e = Engine.byId(engine).orElseThrow(() -> new IllegalArgumentException("--engine: expected sipp or jain, but got '" + engine + "'"));
      settings = new LoadSettings(files, out, List.of(e), cps, Duration.ofSeconds(duration), hold, findMax, CALL_TIMEOUT);
    } catch (IllegalArgumentException e) {
      err.println("hotline load: " + e.getMessage());
      return Main.INVALID;
    }
    return run("load", settings, spec.commandLine().getOut(), err, (report, o) -> summarize(report, o));
  }

  /** How long a load call may wait for its final response. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  /** Prints what a run found. */
  interface Summary {
    void print(LoadReport report, PrintWriter out);
  }

  /** Runs {@code settings} and maps the outcome to an exit code; shared with {@code bench}. */
  static int run(String name, LoadSettings settings, PrintWriter out, PrintWriter err, Summary summary) {
    LoadRun run = new LoadRun(settings, new TerminalLoadProgress(err));
    try {
      LoadReport report = run.execute();
      summary.print(report, out);
      out.println("results in " + settings.out());
      return report.passed() ? Main.OK : Main.CHECKS_FAILED;
    } catch (InvalidInputException e) {
      err.print(new DiagnosticFormatter(run.sources()).format(e.diagnostics()));
      return Main.INVALID;
    } catch (OutputFolder.OutputRefused e) {
      err.println("hotline " + name + ": --out: " + e.getMessage());
      return Main.INVALID;
    } catch (SwitchException | LoadException | IOException e) {
      err.println("hotline " + name + ": " + e.getMessage());
      return Main.CHECKS_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("hotline " + name + ": interrupted");
      return Main.CHECKS_FAILED;
    }
  }

  static void summarize(LoadReport r, PrintWriter out) {
    for (LoadResult t : r.trials()) {
      out.println((t.clean() ? "CLEAN   " : "FAILED  ") + t.summary());
      out.printf(Locale.ROOT, "        setup ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f (%d answered calls)%n", t.setup().p50Ms(), t.setup().p95Ms(), t.setup().p99Ms(), t.setup().maxMs(), t.setup().count());
      if (!t.failures().isEmpty()) {
        out.println("        failures: " + t.failures());
      }
      t.problems().forEach(p -> out.println("        - " + p));
      t.generatorFindings().forEach(f -> out.println("        generator: " + f));
    }
    for (MaxRateSearch.Outcome o : r.searches()) {
      out.printf(Locale.ROOT, "highest clean rate with %s: %d calls/s (%d trials of %d s)%n", o.engine().id(), o.highestClean(), o.trials().size(), r.settings().window().toSeconds());
    }
  }
}
