package hotline.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hotline.Fixtures;
import hotline.plan.Plan;
import hotline.render.GenerateSettings;
import hotline.render.GeneratedFile;
import hotline.render.Generator;
import hotline.render.Targets;
import hotline.request.RequestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A results folder for report tests: the real plan.json, Kamailio scripts and scripts.sha256 of
 * the Guangdong fixture, and a results.json written here in the shape {@code hotline verify}
 * writes, with the verdicts a test needs (a failure, a check not run, hostile message text).
 */
final class ResultsFolder {
  static final Path GUANGDONG = Fixtures.fixtures().resolve("requests/guangdong.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final ObjectNode root = JSON.createObjectNode();

  private ResultsFolder(Path dir) {
    this.dir = dir;
    root.put("format", 1);
    root.put("started", "2026-12-03T08:00:00.000000001Z");
    root.put("finished", "2026-12-03T08:00:20Z");
    root.put("complete", true);
    root.put("passed", false);
    root.put("switch", "embedded kamailio at 127.0.0.1:5060");
    root.putArray("sources").add("fixtures/requests/guangdong.yaml");
    root.putArray("checks");
    root.putArray("calls");
  }

  /** Generates the Guangdong plan and scripts into {@code dir}. */
  static ResultsFolder generate(Path dir) throws Exception {
    return generate(dir, GUANGDONG);
  }

  /** Generates the plan and scripts of {@code requests} into {@code dir}. */
  static ResultsFolder generate(Path dir, Path requests) throws Exception {
    Plan plan = new RequestFiles().load(List.of(requests));
    GenerateSettings settings = new GenerateSettings(List.of(requests), List.of("kamailio"), dir, Optional.empty(), 100);
    List<GeneratedFile> files = new Generator(Targets.installed()).write(plan, settings, dir);
    ScriptManifest.write(dir, files);
    return new ResultsFolder(dir);
  }

  Path dir() {
    return dir;
  }

  ResultsFolder check(String check, String request, String verdict, String summary, List<String> failures, String... callIds) {
    ObjectNode c = ((ArrayNode) root.get("checks")).addObject();
    c.put("check", check);
    c.put("request", request);
    c.put("verdict", verdict);
    c.put("summary", summary);
    failures.forEach(c.putArray("failures")::add);
    ArrayNode calls = c.putArray("calls");
    for (String id : callIds) {
      calls.add(id);
    }
    return this;
  }

  /** A call from {@code caller} to 12333 answered at {@code line}, with its five main messages. */
  ResultsFolder answered(String callId, String check, String request, String caller, String line, long setupMs, String started) {
    ObjectNode c = call(callId, check, request, "local caller " + caller, caller, "answered at " + line, started);
    c.put("disposition", "answered");
    c.put("disposition_text", "answered at line " + line);
    c.put("verdict", "passed");
    c.put("line", line);
    c.putArray("statuses").add(100).add(180).add(200);
    ObjectNode a = c.putArray("attempts").addObject();
    a.put("line", line);
    a.put("at_ms", 3);
    a.put("behaviour", "answer");
    c.put("invite_to_180_ms", setupMs - 2);
    c.put("invite_to_200_ms", setupMs);
    c.putNull("failover_ms");
    ArrayNode m = c.putArray("messages");
    message(m, 0, "caller", "switch", "INVITE sip:12333@127.0.0.1:5060 SIP/2.0");
    message(m, 3, "switch", "line " + line, "INVITE sip:" + line + "@127.0.0.1:5070 SIP/2.0");
    message(m, setupMs - 1, "line " + line, "switch", "SIP/2.0 200 OK");
    message(m, setupMs, "switch", "caller", "SIP/2.0 200 OK");
    message(m, setupMs + 5, "caller", "switch", "BYE sip:" + line + "@127.0.0.1:5070 SIP/2.0");
    return this;
  }

  /** A call from {@code caller} to 12333 rejected with {@code status}, a hostile header in it. */
  ResultsFolder rejected(String callId, String check, String request, String caller, int status, String expectedLine, String started) {
    ObjectNode c = call(callId, check, request, "local caller " + caller, caller, "answered at " + expectedLine, started);
    c.put("disposition", "rejected");
    c.put("disposition_text", "rejected with " + status);
    c.put("verdict", "failed");
    c.put("status", status);
    c.putArray("statuses").add(100).add(status);
    c.putArray("attempts");
    c.putNull("invite_to_180_ms");
    c.putNull("invite_to_200_ms");
    c.putNull("failover_ms");
    ArrayNode m = c.putArray("messages");
    message(m, 0, "caller", "switch", "INVITE sip:12333@127.0.0.1:5060 SIP/2.0");
    ObjectNode reply = message(m, 1.5, "switch", "caller", "SIP/2.0 " + status + " Not Found <script>alert('reason')</script>");
    reply.put("raw", reply.get("raw").asText() + "X-Note: </pre><script>alert('raw')</script>\r\n\r\n");
    return this;
  }

  /** Writes results.json. */
  void write() throws Exception {
    Files.writeString(dir.resolve("results.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
  }

  private ObjectNode call(String callId, String check, String request, String scenario, String caller, String expected, String started) {
    ObjectNode c = ((ArrayNode) root.get("calls")).addObject();
    c.put("call_id", callId);
    c.put("check", check);
    c.put("request", request);
    c.put("scenario", scenario);
    c.put("caller", caller);
    c.put("dialled", "12333");
    c.put("expected", expected);
    c.put("started", started);
    return c;
  }

  private static ObjectNode message(ArrayNode messages, double atMs, String from, String to, String firstLine) {
    ObjectNode m = messages.addObject();
    m.put("at_ms", atMs);
    m.put("from", from);
    m.put("to", to);
    m.put("first_line", firstLine);
    m.put("raw", firstLine + "\r\nCall-ID: x@127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    return m;
  }
}
