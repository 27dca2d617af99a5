package hotline.plan;

import hotline.number.Area;
import hotline.number.Operator;
import java.util.Objects;

/**
 * The local network whose callers reach the service: the area and the operator that carries it.
 *
 * @param area the area, with province and city names from the geocoder
 * @param operator the operator opening the number there
 * @param operatorDerived true when the request did not name the operator and it was derived from
 *     the province (north: China Unicom, south: China Telecom)
 */
public record LocalNetwork(Area area, Operator operator, boolean operatorDerived) {
  public LocalNetwork {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(operator, "operator");
  }
}
