package hotline.cli;

import hotline.load.Engine;
import hotline.load.LoadReport;
import hotline.load.LoadSettings;
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

/** {@code hotline bench FILE...}: the highest clean rate of SIPp and of the JAIN-SIP engine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the highest clean call rate of SIPp and of the JAIN-SIP engine, and their ratio.",
      "",
      "On one embedded Kamailio, searches the highest clean rate (every call answered at its line) "
          + "first with SIPp, then with the JAIN-SIP engine, and prints both and their ratio (JAIN-SIP / SIPp).",
      "A benchmark, not a test: run it on a quiet machine. Writes OUT/results.json and OUT/junit.xml.",
      "Exit 0 when both engines found a clean rate, 1 otherwise, 2 for invalid input."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files (YAML).")
  List<Path> files;

  @Option(names = "--start-cps", paramLabel = "N", defaultValue = "200", description = "The first rate tried (default: ${DEFAULT-VALUE}).")
  int start;

  @Option(names = "--window", paramLabel = "S", defaultValue = "5", description = "Seconds each trial places calls (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/bench", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LoadSettings settings;
    try {
      settings = new LoadSettings(files, out, List.of(Engine.SIPP, Engine.JAIN), start, Duration.ofSeconds(window), 0, true, LoadCommand.CALL_TIMEOUT);
    } catch (IllegalArgumentException e) {
      err.println("hotline bench: " + e.getMessage());
      return Main.INVALID;
    }
    return LoadCommand.run("bench", settings, spec.commandLine().getOut(), err, BenchCommand::summarize);
  }

  static void summarize(LoadReport r, PrintWriter out) {
    LoadCommand.summarize(r, out);
    int sipp = r.search(Engine.SIPP).orElseThrow().highestClean();
    int jain = r.search(Engine.JAIN).orElseThrow().highestClean();
    out.printf(Locale.ROOT, "bench: SIPp %d calls/s, JAIN-SIP %d calls/s, ratio JAIN-SIP/SIPp %s%n", sipp, jain, sipp == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) jain / sipp));
  }
}
