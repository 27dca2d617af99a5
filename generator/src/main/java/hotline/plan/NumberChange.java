package hotline.plan;

import hotline.number.PhoneNumber;
import hotline.number.ServiceCode;
import java.util.Objects;

/**
 * The number change of an activation: the service code, dialled with exactly its length, becomes
 * the bound number.
 *
 * @param serviceCode what callers dial
 * @param boundNumber what the switch routes to (绑定号码)
 */
public record NumberChange(ServiceCode serviceCode, PhoneNumber boundNumber) {
  public NumberChange {
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(boundNumber, "boundNumber");
  }

  /** The exact length a dialled number must have to match: the service code's. */
  public int matchLength() {
    return serviceCode.digits().length();
  }
}
