package hotline.report;

import hotline.number.Operator;
import hotline.plan.ChargingMode;
import hotline.plan.RequestDates;
import hotline.plan.TrunkType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the requests back from plan.json (format 1) strictly. */
final class PlanFile {
  static final String NAME = "plan.json";
  private static final int FORMAT = 1;

  private PlanFile() {}

  /**
   * Reads {@code dir/plan.json}.
   *
   * @throws ReportInputException naming the file and field when it is missing or malformed
   */
  static List<PlannedRequest> read(Path dir) {
    JsonObject root = ResultsFile.parse(dir.resolve(NAME));
    if (root.integer("format") != FORMAT) {
      throw root.wrong("format", "format " + FORMAT, Integer.toString(root.integer("format")));
    }
    List<PlannedRequest> out = new ArrayList<>();
    for (JsonObject a : root.objects("activations")) {
      out.add(request(a));
    }
    return out;
  }

  private static PlannedRequest request(JsonObject a) {
    JsonObject network = a.object("network");
    JsonObject hunt = a.object("hunt_group");
    JsonObject trunk = a.object("trunk");
    JsonObject dates = a.object("dates");
    String operator = network.text("operator");
    String type = trunk.text("type");
    String charging = a.text("charging");
    return new PlannedRequest(
        a.text("id"),
        a.text("source"),
        a.text("service"),
        network.text("area_code"),
        network.text("province_zh"),
        network.text("province_en"),
        network.text("city_zh"),
        network.text("city_en"),
        Operator.byId(operator).orElseThrow(() -> network.wrong("operator", "a known operator", operator)),
        a.object("number_change").text("to"),
        hunt.texts("lines"),
        hunt.integer("no_answer_seconds"),
        TrunkType.byId(type).orElseThrow(() -> trunk.wrong("type", "analog or digital", type)),
        trunk.integer("count"),
        trunk.integer("channels"),
        trunk.optionalText("signalling"),
        ChargingMode.byId(charging).orElseThrow(() -> a.wrong("charging", "a known charging mode", charging)),
        a.bool("remote_seats"),
        new RequestDates(date(dates, "filing_notice"), date(dates, "written_request"), date(dates, "opened")));
  }

  private static Optional<LocalDate> date(JsonObject dates, String field) {
    Optional<String> text = dates.optionalText(field);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw dates.wrong(field, "a date YYYY-MM-DD or null", text.orElseThrow());
    }
  }
}
