package hotline.verify;

import hotline.diagnostics.InvalidInputException;
import hotline.load.Engine;
import hotline.plan.Plan;
import hotline.plan.SipUri;
import hotline.render.GenerateSettings;
import hotline.render.GeneratedFile;
import hotline.render.Generator;
import hotline.render.OutputFolder;
import hotline.render.Targets;
import hotline.report.ScriptManifest;
import hotline.request.RequestFiles;
import hotline.sip.CallCenter;
import hotline.sip.Caller;
import hotline.sipp.SippException;
import hotline.sut.EmbeddedKamailio;
import hotline.sut.ExternalSwitch;
import hotline.sut.KamailioContainer;
import hotline.sut.SwitchException;
import hotline.sut.SwitchUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code verify} run: plan the requests, open the call center, generate the Kamailio target
 * with every trunk pointed at it (and scripts.sha256, their digests as generated), start the
 * switch, run the checks, write results.json and junit.xml. With the SIPp engine the trunks point
 * at a SIPp call center instead and SIPp places the route, origin and exact-number calls.
 * Everything started is stopped at the end, on failure, and on Ctrl-C (then the results so far
 * are written, marked incomplete).
 */
public final class VerifyRun {
  /** results.json, beside junit.xml in the output folder. */
  public static final String RESULTS = "results.json";

  public static final String JUNIT = "junit.xml";

  private final VerifySettings settings;
  private final RequestFiles requests = new RequestFiles();
  private final Progress progress;

  public VerifyRun(VerifySettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Source lines of the request files, for printing diagnostics. */
  public Map<String, List<String>> sources() {
    return requests.sources();
  }

  /**
   * Runs the checks.
   *
   * @throws InvalidInputException for bad request files (nothing is started or written)
   * @throws SwitchException when the switch cannot be started or reached
   * @throws SippException when the SIPp engine was asked for and SIPp cannot run
   */
  public VerifyResults execute() throws InvalidInputException, SwitchException, SippException, IOException, OutputFolder.OutputRefused, InterruptedException {
    Path out = OutputFolder.check(settings.out());
    Plan requested = requests.load(settings.files());
    try (CallCenter callCenter = CallCenter.open(settings.bindHost(), settings.bindPort());
        Caller caller = Caller.open(settings.bindHost(), 0)) {
      boolean sipp = settings.engine() == Engine.SIPP;
      int sippGateway = sipp ? SippTestCalls.freeGatewayPort() : 0;
      Plan plan = requested.withGateway(SipUri.parse("sip:" + (sipp ? "127.0.0.1:" + sippGateway : callCenter.localAddress())));
      List<GeneratedFile> generated = new Generator(Targets.installed()).write(plan, new GenerateSettings(settings.files(), List.of("kamailio"), out, Optional.empty(), 100), out);
      ScriptManifest.write(out, generated);
      try (SwitchUnderTest sut = start(out.resolve("kamailio"));
          SippTestCalls sippCalls = sipp ? SippTestCalls.start(out.resolve("sipp"), plan, sippGateway, sut.address()) : null) {
        ResultsCollector collector = new ResultsCollector(sut.description(), plan.sources(), plan.activations().stream().map(a -> a.id()).toList(), sut.log().map(Path::toString));
        Thread flushOnSignal = new Thread(() -> write(out, collector.snapshot(false)), "hotline-verify-flush");
        Runtime.getRuntime().addShutdownHook(flushOnSignal);
        try {
          TestCalls testCalls = new TestCalls(caller, callCenter, sut.address());
          CheckContext ctx = sippCalls == null
              ? new CheckContext(plan, sut, testCalls, progress)
              : new CheckContext(plan, sut, testCalls, progress, sippCalls);
          new Verifier(settings.parallelism()).run(settings.checks(), ctx, collector);
          if (sippCalls != null) {
            collector.updateCalls(sippCalls.stopAndAddLineSide());
          }
        } finally {
          try {
            Runtime.getRuntime().removeShutdownHook(flushOnSignal);
          } catch (IllegalStateException shuttingDown) {
            // the hook is running or will: it writes the results
          }
        }
        VerifyResults results = collector.snapshot(true);
        write(out, results);
        return results;
      }
    }
  }

  private SwitchUnderTest start(Path kamailioDir) throws SwitchException {
    return switch (settings.sut().kind()) {
      case KAMAILIO -> EmbeddedKamailio.start(kamailioDir, "127.0.0.1");
      case CONTAINER -> KamailioContainer.start(kamailioDir);
      case EXTERNAL -> ExternalSwitch.reach(settings.sut().external().orElseThrow());
    };
  }

  /** Writes results.json and junit.xml (each through a temporary file, then a rename). */
  static void write(Path out, VerifyResults results) {
    try {
      writeAtomically(out.resolve(RESULTS), ResultsJson.write(results));
      writeAtomically(out.resolve(JUNIT), JUnitXml.write(results));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("could not write the results to " + out, e);
    }
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temp, content, StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
