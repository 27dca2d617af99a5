package hotline.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;

/**
 * results.json: one document with every check's verdict and a record per call (format 1). The
 * report, CI tools and people read it; its field names are part of the contract.
 */
public final class ResultsJson {
  public static final int FORMAT = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultsJson() {}

  public static String write(VerifyResults r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("started", r.started().toString());
    root.put("finished", r.finished().toString());
    root.put("complete", r.complete());
    root.put("passed", r.allPassed());
    root.put("switch", r.sut());
    r.switchLog().ifPresent(l -> root.put("switch_log", l));
    ArrayNode sources = root.putArray("sources");
    r.sources().forEach(sources::add);
    ArrayNode checks = root.putArray("checks");
    for (CheckResult c : r.checks()) {
      ObjectNode n = checks.addObject();
      n.put("check", c.check().id());
      n.put("request", c.requestId());
      n.put("verdict", c.verdict().id());
      n.put("summary", c.summary());
      ArrayNode failures = n.putArray("failures");
      c.failures().forEach(failures::add);
      ArrayNode ids = n.putArray("calls");
      c.callIds().forEach(ids::add);
    }
    ArrayNode calls = root.putArray("calls");
    for (CallRecord c : r.calls()) {
      calls.add(call(c));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("results always serialise", e);
    }
  }

  private static ObjectNode call(CallRecord c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("call_id", c.callId());
    n.put("check", c.check());
    n.put("request", c.requestId());
    n.put("scenario", c.scenario());
    n.put("caller", c.caller());
    n.put("dialled", c.dialled());
    n.put("expected", c.expected());
    n.put("disposition", c.disposition().kind());
    n.put("disposition_text", c.disposition().describe());
    n.put("verdict", c.verdict().id());
    if (c.disposition() instanceof Disposition.AnsweredAt a) {
      n.put("line", a.line());
    } else if (c.disposition() instanceof Disposition.UnexpectedLine u) {
      n.put("line", u.line());
    } else if (c.disposition() instanceof Disposition.Rejected rj) {
      n.put("status", rj.status());
    } else if (c.disposition() instanceof Disposition.MalformedAnswer m) {
      n.put("status", m.status());
    }
    ArrayNode statuses = n.putArray("statuses");
    c.statuses().forEach(statuses::add);
    ArrayNode attempts = n.putArray("attempts");
    for (Attempt a : c.attempts()) {
      ObjectNode x = attempts.addObject();
      x.put("line", a.line());
      x.put("at_ms", a.atMs());
      x.put("behaviour", a.behaviour());
    }
    put(n, "invite_to_180_ms", c.inviteToRingingMs());
    put(n, "invite_to_200_ms", c.inviteToAnswerMs());
    put(n, "failover_ms", c.failoverMs());
    n.put("started", c.started().toString());
    ArrayNode messages = n.putArray("messages");
    for (LadderMessage m : c.messages()) {
      ObjectNode x = messages.addObject();
      x.put("at_ms", Math.round(m.atMs() * 1000) / 1000.0);
      x.put("from", m.from());
      x.put("to", m.to());
      x.put("first_line", m.firstLine());
      x.put("raw", m.raw());
    }
    return n;
  }

  private static void put(ObjectNode n, String field, OptionalLong value) {
    if (value.isPresent()) {
      n.put(field, value.getAsLong());
    } else {
      n.putNull(field);
    }
  }
}
