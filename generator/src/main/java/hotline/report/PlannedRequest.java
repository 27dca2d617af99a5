package hotline.report;

import hotline.number.Operator;
import hotline.plan.ChargingMode;
import hotline.plan.RequestDates;
import hotline.plan.TrunkType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the bureau wrote it, read back from plan.json.
 *
 * @param id the request's id
 * @param source file and line of the request
 * @param service the short code (12333)
 * @param areaCode the local network's area code
 * @param provinceZh the province in Chinese
 * @param provinceEn the province in English
 * @param cityZh the city in Chinese
 * @param cityEn the city in English
 * @param operator the operator that opens the number
 * @param boundNumber the number 12333 is changed into, national format
 * @param lines the hunt group's lines, pilot first, national format
 * @param noAnswerSeconds how long a line rings before the next one is tried
 * @param trunkType analog or digital
 * @param trunkCount lines or E1s
 * @param channels simultaneous calls the trunk carries
 * @param signalling the digital trunk's signalling
 * @param charging the charging mode
 * @param remoteSeats whether the seats are in another local network
 * @param dates the dates of the activation step
 */
record PlannedRequest(
    String id,
    String source,
    String service,
    String areaCode,
    String provinceZh,
    String provinceEn,
    String cityZh,
    String cityEn,
    Operator operator,
    String boundNumber,
    List<String> lines,
    int noAnswerSeconds,
    TrunkType trunkType,
    int trunkCount,
    int channels,
    Optional<String> signalling,
    ChargingMode charging,
    boolean remoteSeats,
    RequestDates dates) {
  PlannedRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(boundNumber, "boundNumber");
    Objects.requireNonNull(trunkType, "trunkType");
    Objects.requireNonNull(signalling, "signalling");
    Objects.requireNonNull(charging, "charging");
    Objects.requireNonNull(dates, "dates");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("expected at least one line, but got none");
    }
  }
}
