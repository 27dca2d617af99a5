package hotline.sipp;

import hotline.render.TemplateEngine;
import hotline.render.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes SIPp's scenarios and injection files from {@code templates/sipp/}: the caller (one
 * injection file per area) and the call center (one indexed file of every expected line).
 */
public final class SippScenarios {
  /** The caller scenario's file name. */
  public static final String CALLER = "caller.xml";
  /** The call center's scenario file name. */
  public static final String CALL_CENTER = "callcenter.xml";
  /** The call center's indexed injection file. */
  public static final String LINES = "lines.csv";

  /**
   * Final statuses the caller scenario expects besides 200; any other status aborts the call in
   * SIPp (failed, with the message in the error file).
   */
  static final List<Integer> FAILURE_STATUSES = List.of(403, 404, 408, 480, 481, 484, 486, 487, 488, 500, 502, 503, 504, 600, 603, 604, 606);

  private final TemplateEngine templates = TemplateEngine.bundled();

  /**
   * Writes callcenter.xml and lines.csv into {@code dir}.
   *
   * @throws IllegalArgumentException when two calls with the same caller and dialled number expect
   *     different lines (the call center could not tell them apart)
   */
  public Path writeCallCenter(Path dir, Collection<SippCall> calls) throws IOException {
    Map<String, SippCall> byKey = new LinkedHashMap<>();
    for (SippCall c : calls) {
      SippCall before = byKey.putIfAbsent(c.key(), c);
      if (before != null && !before.expectedLine().equals(c.expectedLine())) {
        throw new IllegalArgumentException("expected one line per caller and dialled number, but " + c.key() + " expects both "
            + before.expectedLineOrNone() + " and " + c.expectedLineOrNone());
      }
    }
    Files.createDirectories(dir);
    write(dir.resolve(LINES), templates.render("sipp/lines.csv.ftl", Map.of("calls", rows(byKey.values()))));
    Path scenario = dir.resolve(CALL_CENTER);
    write(scenario, templates.render("sipp/callcenter.xml.ftl", Map.of("version", Version.current(), "linesFile", LINES)));
    return scenario;
  }

  /**
   * Writes caller.xml and the injection file {@code csvName} into {@code dir}.
   *
   * @param holdMs how long answered calls stay up before the BYE, 0 for none
   */
  public Path writeCaller(Path dir, String csvName, List<SippCall> calls, int holdMs) throws IOException {
    if (calls.isEmpty()) {
      throw new IllegalArgumentException("expected at least one call for " + csvName);
    }
    if (holdMs < 0) {
      throw new IllegalArgumentException("expected a hold time >= 0 ms, but got " + holdMs);
    }
    Files.createDirectories(dir);
    write(dir.resolve(csvName), templates.render("sipp/callers.csv.ftl", Map.of("calls", rows(calls))));
    Path scenario = dir.resolve(CALLER);
    write(scenario, templates.render("sipp/caller.xml.ftl", Map.of("version", Version.current(), "failureStatuses", FAILURE_STATUSES, "holdMs", holdMs)));
    return scenario;
  }

  private static List<Map<String, String>> rows(Collection<SippCall> calls) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (SippCall c : calls) {
      rows.add(Map.of("caller", c.caller(), "dialled", c.dialled(), "key", c.key(), "expectedLine", c.expectedLineOrNone()));
    }
    return rows;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
  }
}
