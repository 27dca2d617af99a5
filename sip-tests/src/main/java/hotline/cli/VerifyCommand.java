package hotline.cli;

import hotline.diagnostics.DiagnosticFormatter;
import hotline.diagnostics.InvalidInputException;
import hotline.load.Engine;
import hotline.plan.Check;
import hotline.render.OutputFolder;
import hotline.render.TemplateEngine;
import hotline.report.Report;
import hotline.report.ReportInputException;
import hotline.report.ReportSettings;
import hotline.sipp.SippException;
import hotline.sut.SwitchException;
import hotline.timeline.Language;
import hotline.verify.CheckResult;
import hotline.verify.SippTestCalls;
import hotline.verify.SutSpec;
import hotline.verify.TerminalProgress;
import hotline.verify.Verdict;
import hotline.verify.VerifyResults;
import hotline.verify.VerifyRun;
import hotline.verify.VerifySettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hotline verify FILE...}: proves by real SIP calls that the office data works. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Proves by SIP calls that the office data routes the service code right.",
      "",
      "Generates the Kamailio office data with every trunk pointed at the harness's call center, "
          + "starts the switch, and proves by SIP calls that callers of each area reach their bound "
          + "number and nobody else's; checks hunting, trunk capacity, charging records and rollback.",
      "Writes OUT/results.json (a record per call), OUT/junit.xml, OUT/scripts.sha256 and, unless "
          + "--no-report, the bureau's report OUT/report.html (see 'hotline report').",
      "Exit 0 when every check passed, 1 when one failed or the switch could not be used, 2 for invalid input."
    })
final class VerifyCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files (YAML).")
  List<Path> files;

  @Option(names = "--sut", paramLabel = "SWITCH", defaultValue = "kamailio",
      description = "kamailio (local process, default), container (Testcontainers), or udp:HOST:PORT (a lab switch).")
  String sut;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/verify", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--bind", paramLabel = "HOST[:PORT]", defaultValue = "127.0.0.1",
      description = "Where the harness's call center listens: the trunk gateway a lab switch must route to (default: ${DEFAULT-VALUE}, a free port).")
  String bind;

  @Option(names = "--checks", split = ",", paramLabel = "CHECK",
      description = "Checks to run (default: all): route, origin, exact-number, hunting, capacity, charging, rollback.")
  List<String> checks;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "jain",
      description = "Who places the calls: jain (the harness's JAIN-SIP endpoints, default) or sipp (SIPp; route, origin and exact-number checks only, the default checks then).")
  String engine;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "8", description = "Requests checked at the same time (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
      description = "Language of OUT/report.html (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--no-report", description = "Do not write OUT/report.html.")
  boolean noReport;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VerifySettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      err.println("hotline verify: " + e.getMessage());
      return Main.INVALID;
    }
    TerminalProgress progress = new TerminalProgress(err);
    VerifyRun run = new VerifyRun(settings, progress);
    try {
      VerifyResults results = run.execute();
      progress.finish();
      summarize(results, out);
      if (!noReport) {
        writeReport(out, err);
      }
      return results.allPassed() ? Main.OK : Main.CHECKS_FAILED;
    } catch (InvalidInputException e) {
      err.print(new DiagnosticFormatter(run.sources()).format(e.diagnostics()));
      return Main.INVALID;
    } catch (OutputFolder.OutputRefused e) {
      err.println("hotline verify: --out: " + e.getMessage());
      return Main.INVALID;
    } catch (SwitchException | SippException e) {
      err.println("hotline verify: " + e.getMessage());
      return Main.CHECKS_FAILED;
    } catch (IOException e) {
      err.println("hotline verify: " + e.getMessage());
      return Main.CHECKS_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("hotline verify: interrupted");
      return Main.CHECKS_FAILED;
    }
  }

  /** Writes OUT/report.html; a report that cannot be made is a warning, the checks decide the exit. */
  private void writeReport(PrintWriter out, PrintWriter err) {
    Path file = ReportSettings.defaultOut(this.out);
    try {
      Report.Rendered report = Report.render(new ReportSettings(this.out, language, file, Today.inChina(), List.of()));
      Report.write(report, file);
      report.calendarProblem().ifPresent(p -> err.println("hotline verify: the report shows no deadlines: " + p.getMessage()
          + "\nThen make the report again with 'hotline report " + this.out + " --calendar FILE'."));
      out.println("report: " + file);
    } catch (ReportInputException | IOException | TemplateEngine.TemplateFailure e) {
      err.println("hotline verify: could not write the report " + file + ": " + e.getMessage());
    }
  }

  private VerifySettings settings() {
    Engine chosenEngine = Engine.byId(engine).orElseThrow(() -> new IllegalArgumentException("--engine: expected jain or sipp, but got '" + engine + "'"));
    Set<Check> chosen = new LinkedHashSet<>();
    if ((checks == null || checks.isEmpty()) && chosenEngine == Engine.SIPP) {
      Arrays.stream(Check.values()).filter(SippTestCalls.CHECKS::contains).forEach(chosen::add);
    } else if (checks == null || checks.isEmpty()) {
      chosen.addAll(Arrays.asList(Check.values()));
    } else {
      for (String c : checks) {
        chosen.add(Check.byId(c).orElseThrow(() -> new IllegalArgumentException(
            "--checks: expected one of " + String.join(", ", Arrays.stream(Check.values()).map(Check::id).toList()) + ", but got '" + c + "'")));
      }
    }
    String host = bind;
    int port = 0;
    int colon = bind.lastIndexOf(':');
    if (colon > 0 && !bind.endsWith("]") && bind.indexOf(':') == colon) {
      host = bind.substring(0, colon);
      try {
        port = Integer.parseInt(bind.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--bind: expected HOST[:PORT], but got '" + bind + "'");
      }
    }
    if (parallel < 1 || parallel > 256) {
      throw new IllegalArgumentException("--parallel: expected 1-256, but got '" + parallel + "'");
    }
    return new VerifySettings(files, out, SutSpec.parse(sut), host, port, chosen, parallel, chosenEngine);
  }

  private void summarize(VerifyResults r, PrintWriter out) {
    List<CheckResult> failed = r.checks().stream().filter(c -> c.verdict() == Verdict.FAILED).toList();
    for (CheckResult c : failed) {
      out.printf("FAILED  %-12s %-16s %s%n", c.check().id(), c.requestId(), c.summary());
      c.failures().forEach(f -> out.println("        - " + f));
    }
    long passed = r.checks().stream().filter(c -> c.verdict() == Verdict.PASSED).count();
    long notRun = r.checks().stream().filter(c -> c.verdict() == Verdict.NOT_RUN).count();
    r.checks().stream().filter(c -> c.verdict() == Verdict.NOT_RUN).forEach(c -> out.printf("NOT RUN %-12s %-16s %s%n", c.check().id(), c.requestId(), c.summary()));
    out.printf("%d checks passed, %d failed, %d not run; %d calls; results in %s%n", passed, failed.size(), notRun, r.calls().size(), this.out);
  }
}
