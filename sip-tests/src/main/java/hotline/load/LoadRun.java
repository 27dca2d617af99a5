package hotline.load;

import hotline.diagnostics.InvalidInputException;
import hotline.plan.Plan;
import hotline.plan.SipUri;
import hotline.render.GenerateSettings;
import hotline.render.Generator;
import hotline.render.OutputFolder;
import hotline.render.Targets;
import hotline.request.RequestFiles;
import hotline.sip.SipAddress;
import hotline.sut.EmbeddedKamailio;
import hotline.sut.FreePorts;
import hotline.sut.SwitchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code load} (or {@code bench}) run: plan the requests, generate the Kamailio target with
 * every trunk pointed at one loopback gateway port, start the embedded Kamailio (with room for a
 * thousand calls a second; restarted from the same folder after an unclean trial, whose leftover
 * dialogs would hold trunk channels), then per engine one trial or a rate search, each engine
 * opening its call center on that gateway port in turn (the JAIN-SIP engine after a {@link
 * JitWarmUp}); results.json and junit.xml at the end. Everything started is stopped, also on
 * failure.
 */
public final class LoadRun {
  /** results.json and junit.xml, as for verify. */
  public static final String RESULTS = "results.json";

  public static final String JUNIT = "junit.xml";

  /** Shared memory for the embedded Kamailio: its default 64 MB runs out near 1,000 calls/s. */
  static final int KAMAILIO_SHARED_MB = 1024;

  private static final String HOST = "127.0.0.1";

  private final LoadSettings settings;
  private final LoadProgress progress;
  private final RequestFiles requests = new RequestFiles();

  public LoadRun(LoadSettings settings, LoadProgress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Source lines of the request files, for printing diagnostics. */
  public Map<String, List<String>> sources() {
    return requests.sources();
  }

  /**
   * Runs the trials.
   *
   * @throws InvalidInputException for bad request files (nothing is started or written)
   * @throws SwitchException when the switch cannot be started
   * @throws LoadException when an engine cannot run
   */
  public LoadReport execute() throws InvalidInputException, SwitchException, LoadException, IOException, OutputFolder.OutputRefused, InterruptedException {
    Path out = OutputFolder.check(settings.out());
    Plan requested = requests.load(settings.files());
    LoadMix mix;
    try {
      mix = LoadMix.of(requested);
    } catch (IllegalArgumentException e) {
      throw new LoadException("cannot load this plan: " + e.getMessage(), e);
    }
    Instant started = Instant.now();
    int gatewayPort = FreePorts.udp(HOST);
    Plan plan = requested.withGateway(SipUri.parse("sip:" + HOST + ":" + gatewayPort));
    new Generator(Targets.installed()).write(plan, new GenerateSettings(settings.files(), List.of("kamailio"), out, Optional.empty(), 100), out);
    try (RestartingSwitch sut = new RestartingSwitch(out.resolve("kamailio"))) {
      List<LoadResult> trials = new ArrayList<>();
      List<MaxRateSearch.Outcome> searches = new ArrayList<>();
      Optional<WarmUp> warmUp = Optional.empty();
      Path trialsDir = out.resolve("trials");
      for (Engine e : settings.engines()) {
        LoadEngine engine = e == Engine.SIPP
            ? new SippLoadEngine(mix, gatewayPort, settings.callTimeout())
            : new JainLoadEngine(mix, HOST, gatewayPort, settings.callTimeout());
        if (e == Engine.JAIN) {
          warmUp = JitWarmUp.run(mix, HOST, settings.callTimeout(), settings.findMax() ? Integer.MAX_VALUE : settings.rate(), trialsDir.resolve("jain-warm-up"), progress);
        }
        if (settings.findMax()) {
          MaxRateSearch.Outcome o = new MaxRateSearch(engine, settings.window(), settings.holdMs()).run(settings.rate(), sut, trialsDir, progress);
          searches.add(o);
          trials.addAll(o.trials());
        } else {
          LoadResult r = engine.run(sut.address(), settings.rate(), settings.window(), settings.holdMs(), trialsDir.resolve(e.id() + "-1-" + settings.rate() + "cps"), progress);
          trials.add(r);
          sut.afterTrial(r);
        }
      }
      LoadReport report = new LoadReport(started, Instant.now(), sut.description(), plan.sources(), settings, trials, searches, warmUp);
      writeAtomically(out.resolve(RESULTS), LoadJson.write(report));
      writeAtomically(out.resolve(JUNIT), LoadJUnitXml.write(report));
      return report;
    }
  }

  /** The embedded Kamailio of the run, restarted from the same folder after an unclean trial. */
  private static final class RestartingSwitch implements TrialSwitch, AutoCloseable {
    private final Path dir;
    private final String firstDescription;
    private EmbeddedKamailio current;
    private int restarts;

    RestartingSwitch(Path dir) throws SwitchException {
      this.dir = dir;
      this.current = EmbeddedKamailio.start(dir, HOST, KAMAILIO_SHARED_MB);
      this.firstDescription = current.description();
    }

    @Override
    public SipAddress address() {
      return current.address();
    }

    @Override
    public void afterTrial(LoadResult result) throws LoadException {
      if (result.clean()) {
        return;
      }
      current.close();
      try {
        current = EmbeddedKamailio.start(dir, HOST, KAMAILIO_SHARED_MB);
        restarts++;
      } catch (SwitchException e) {
        throw new LoadException("could not restart the switch after an unclean trial: " + e.getMessage(), e);
      }
    }

    String description() {
      return firstDescription + (restarts == 0 ? "" : ", restarted " + restarts + " time(s) after unclean trials");
    }

    @Override
    public void close() {
      current.close();
    }
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temp, content, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
