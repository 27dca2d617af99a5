package hotline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads results.json (format 1, as {@code hotline verify} writes it) strictly. */
final class ResultsFile {
  static final String NAME = "results.json";
  private static final int FORMAT = 1;
  private static final Pattern ANSWERED = Pattern.compile("answered at (\\d+)");
  private static final Pattern REJECTED = Pattern.compile("rejected with ([1-6]\\d\\d)");

  private ResultsFile() {}

  /**
   * Reads {@code dir/results.json}.
   *
   * @throws ReportInputException naming the file and field when it is missing or malformed
   */
  static RunResults read(Path dir) {
    JsonObject root = parse(dir.resolve(NAME));
    if (root.integer("format") != FORMAT) {
      throw root.wrong("format", "format " + FORMAT + " (written by this version of hotline verify)", Integer.toString(root.integer("format")));
    }
    List<CheckOutcome> checks = new ArrayList<>();
    for (JsonObject c : root.objects("checks")) {
      checks.add(new CheckOutcome(c.text("check"), c.text("request"), verdict(c), c.text("summary"), c.texts("failures"), c.texts("calls")));
    }
    List<TestCall> calls = new ArrayList<>();
    for (JsonObject c : root.objects("calls")) {
      calls.add(call(c));
    }
    Set<String> callIds = calls.stream().map(TestCall::callId).collect(Collectors.toSet());
    List<JsonObject> checkObjects = root.objects("checks");
    for (int i = 0; i < checks.size(); i++) {
      for (String id : checks.get(i).callIds()) {
        if (!callIds.contains(id)) {
          throw checkObjects.get(i).wrong("calls", "Call-IDs of calls in calls[]", id);
        }
      }
    }
    return new RunResults(instant(root, "started"), instant(root, "finished"), root.bool("complete"), root.text("switch"), root.texts("sources"), checks, calls);
  }

  /** Parses a JSON file of the results folder into its root object. */
  static JsonObject parse(Path file) {
    try {
      return JsonObject.root(file.toString(), new ObjectMapper().readTree(Files.readString(file)));
    } catch (NoSuchFileException e) {
      throw new ReportInputException(file + ": expected the file written by hotline verify, but got no such file");
    } catch (JsonProcessingException e) {
      throw new ReportInputException(file + ":" + e.getLocation().getLineNr() + ": expected JSON, but got '" + e.getOriginalMessage() + "'");
    } catch (IOException e) {
      throw new ReportInputException(file + ": expected a readable file, but got '" + e + "'");
    }
  }

  private static TestCall call(JsonObject c) {
    String expected = c.text("expected");
    Matcher answered = ANSWERED.matcher(expected);
    Matcher rejected = REJECTED.matcher(expected);
    Optional<String> expectedLine;
    int expectedStatus;
    if (answered.matches()) {
      expectedLine = Optional.of(answered.group(1));
      expectedStatus = 200;
    } else if (rejected.matches()) {
      expectedLine = Optional.empty();
      expectedStatus = Integer.parseInt(rejected.group(1));
    } else {
      throw c.wrong("expected", "'answered at <number>' or 'rejected with <status>'", expected);
    }
    CallEnd end = CallEnd.byId(c.text("disposition"))
        .orElseThrow(() -> c.wrong("disposition", "answered, unexpected-line, rejected or timed-out", c.text("disposition")));
    List<LineAttempt> attempts = new ArrayList<>();
    for (JsonObject a : c.objects("attempts")) {
      attempts.add(new LineAttempt(a.text("line"), a.integer("at_ms"), a.text("behaviour")));
    }
    List<SipMessage> messages = new ArrayList<>();
    for (JsonObject m : c.objects("messages")) {
      messages.add(new SipMessage(m.decimal("at_ms"), m.text("from"), m.text("to"), m.text("first_line"), m.text("raw")));
    }
    OptionalInt status = c.optionalLong("status").isPresent() ? OptionalInt.of((int) c.optionalLong("status").getAsLong()) : OptionalInt.empty();
    return new TestCall(c.text("call_id"), c.text("check"), c.text("request"), c.text("scenario"), c.text("caller"), c.text("dialled"), expectedLine, expectedStatus,
        end, c.text("disposition_text"), verdict(c), c.optionalText("line"), status, attempts, c.optionalLong("invite_to_200_ms"), c.optionalLong("failover_ms"),
        instant(c, "started"), messages);
  }

  private static ResultVerdict verdict(JsonObject o) {
    String id = o.text("verdict");
    return ResultVerdict.byId(id).orElseThrow(() -> o.wrong("verdict", "passed, failed or not-run", id));
  }

  private static Instant instant(JsonObject o, String field) {
    String text = o.text(field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw o.wrong(field, "an ISO-8601 instant", text);
    }
  }
}
