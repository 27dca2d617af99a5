package hotline.plan;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One local network's activation of the service, vendor neutral: what every target renders and
 * every check verifies.
 *
 * @param id the request's id ({@code guangzhou}), unique in a plan
 * @param source where the request was written
 * @param network the caller's local network
 * @param numberChange service code → bound number
 * @param huntGroup the lines, the pilot first
 * @param trunk the trunk group toward the call center
 * @param charging the charging mode
 * @param noAnswerSeconds after how long without an answer hunting moves to the next line
 * @param remoteSeats whether the bound number may lie in another local network (a toll leg)
 * @param dates the dates of the activation step, when given
 * @param expectations the test calls that prove the activation
 */
public record Activation(
    String id,
    SourceRef source,
    LocalNetwork network,
    NumberChange numberChange,
    HuntGroup huntGroup,
    TrunkGroup trunk,
    ChargingMode charging,
    int noAnswerSeconds,
    boolean remoteSeats,
    RequestDates dates,
    List<CallExpectation> expectations) {
  /**
   * Request ids: lower-case letters, digits and '-', 1-40 characters, not starting with '-' (ids are
   * arguments of the generated scripts, where a leading '-' would read as an option).
   */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public Activation {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("expected an id of [a-z0-9][a-z0-9-]{0,39}, but got '" + id + "'");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(numberChange, "numberChange");
    Objects.requireNonNull(huntGroup, "huntGroup");
    Objects.requireNonNull(trunk, "trunk");
    Objects.requireNonNull(charging, "charging");
    Objects.requireNonNull(dates, "dates");
    expectations = List.copyOf(expectations);
    if (noAnswerSeconds < 2 || noAnswerSeconds > 120) {
      throw new IllegalArgumentException("no-answer timer out of 2-120 s: " + noAnswerSeconds);
    }
    if (!huntGroup.pilot().equals(numberChange.boundNumber())) {
      throw new IllegalArgumentException("the hunt group's pilot must be the bound number");
    }
    if (!remoteSeats && !huntGroup.pilot().area().equals(network.area().code())) {
      throw new IllegalArgumentException("a bound number outside the area needs remote seats");
    }
  }

  /** The service code callers dial. */
  public hotline.number.ServiceCode service() {
    return numberChange.serviceCode();
  }

  /** The expectations of one check. */
  public List<CallExpectation> expectations(Check check) {
    return expectations.stream().filter(e -> e.check() == check).toList();
  }

  /** This activation with the test calls that prove it. */
  public Activation withExpectations(List<CallExpectation> newExpectations) {
    return new Activation(id, source, network, numberChange, huntGroup, trunk, charging, noAnswerSeconds, remoteSeats, dates, newExpectations);
  }

  /** This activation with its trunk ending at another gateway (the harness's call center). */
  public Activation withGateway(SipUri gateway) {
    return new Activation(id, source, network, numberChange, huntGroup, trunk.withGateway(gateway), charging, noAnswerSeconds, remoteSeats, dates, expectations);
  }
}
