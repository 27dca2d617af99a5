package hotline.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hotline.sipp.GeneratorHealth;

/**
 * results.json of a load run (format 1, {@code "kind": "load"}): the settings, the JAIN-SIP
 * engine's JIT warm-up (null without one), every trial with its counts, rate, setup percentiles,
 * failures by cause and generator health, and the rate searches. Field names are part of the contract.
 */
public final class LoadJson {
  public static final int FORMAT = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LoadJson() {}

  public static String write(LoadReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("kind", "load");
    root.put("started", r.started().toString());
    root.put("finished", r.finished().toString());
    root.put("passed", r.passed());
    root.put("switch", r.sut());
    ArrayNode sources = root.putArray("sources");
    r.sources().forEach(sources::add);
    ObjectNode s = root.putObject("settings");
    ArrayNode engines = s.putArray("engines");
    r.settings().engines().forEach(e -> engines.add(e.id()));
    s.put("cps", r.settings().rate());
    s.put("duration_s", r.settings().window().toMillis() / 1000.0);
    s.put("hold_ms", r.settings().holdMs());
    s.put("find_max", r.settings().findMax());
    s.put("call_timeout_ms", r.settings().callTimeout().toMillis());
    if (r.warmUp().isPresent()) {
      WarmUp w = r.warmUp().get();
      ObjectNode n = root.putObject("jain_warm_up");
      ArrayNode rates = n.putArray("rates_cps");
      w.ratesCps().forEach(rates::add);
      n.put("step_s", w.step().toMillis() / 1000.0);
      n.put("calls", w.calls());
      n.put("elapsed_s", w.elapsed().toMillis() / 1000.0);
    } else {
      root.putNull("jain_warm_up");
    }
    ArrayNode trials = root.putArray("trials");
    for (LoadResult t : r.trials()) {
      trials.add(trial(t));
    }
    ArrayNode searches = root.putArray("searches");
    for (MaxRateSearch.Outcome o : r.searches()) {
      ObjectNode n = searches.addObject();
      n.put("engine", o.engine().id());
      n.put("highest_clean_cps", o.highestClean());
      n.put("trials", o.trials().size());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("results always serialise", e);
    }
  }

  private static ObjectNode trial(LoadResult t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("engine", t.engine().id());
    n.put("target_cps", t.targetRate());
    n.put("window_s", t.window().toMillis() / 1000.0);
    n.put("clean", t.clean());
    n.put("planned", t.planned());
    n.put("attempted", t.attempted());
    n.put("answered", t.answered());
    n.put("failed", t.failed());
    n.put("wrong_line", t.wrongLine());
    n.put("achieved_cps", Math.round(t.achievedRate() * 10) / 10.0);
    ObjectNode setup = n.putObject("setup_ms");
    setup.put("count", t.setup().count());
    setup.put("p50", t.setup().p50Ms());
    setup.put("p95", t.setup().p95Ms());
    setup.put("p99", t.setup().p99Ms());
    setup.put("max", t.setup().maxMs());
    ObjectNode failures = n.putObject("failures");
    t.failures().forEach(failures::put);
    ArrayNode problems = n.putArray("problems");
    t.problems().forEach(problems::add);
    n.put("generator_saturated", t.generatorSaturated());
    ArrayNode generators = n.putArray("generators");
    for (GeneratorHealth g : t.generators()) {
      ObjectNode x = generators.addObject();
      x.put("generator", g.generator());
      x.put("cpu_peak_percent", Math.round(g.cpu().peakPercent()));
      x.put("cpu_average_percent", Math.round(g.cpu().averagePercent()));
      x.put("cpu_capacity_percent", Math.round(g.cpuCapacityPercent()));
      x.put("machine_peak_busy_percent", Math.round(g.cpu().machinePeakBusyPercent()));
      if (g.retransmissions().isPresent()) {
        x.put("retransmissions", g.retransmissions().getAsLong());
      } else {
        x.putNull("retransmissions"); // not counted by this generator
      }
      x.put("watchdog_trips", g.watchdogTrips());
      x.put("saturated", g.saturated());
      ArrayNode findings = x.putArray("findings");
      g.findings().forEach(findings::add);
    }
    n.put("dir", t.dir().toString());
    return n;
  }
}
