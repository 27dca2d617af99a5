package hotline.number;

import java.util.List;
import java.util.Objects;

/**
 * A local telephone network of mainland China as libphonenumber's data describe it.
 *
 * @param code the area code with its leading 0 ({@code 020})
 * @param localLengths the lengths of ordinary local numbers there (7, 8, or both), ascending
 * @param provinceZh the province in Chinese ({@code 广东省}; a municipality names itself)
 * @param provinceEn the province in English ({@code Guangdong})
 * @param cityZh the city or cities in Chinese ({@code 广州市})
 * @param cityEn the city or cities in English ({@code Guangzhou})
 */
public record Area(
    AreaCode code,
    List<Integer> localLengths,
    String provinceZh,
    String provinceEn,
    String cityZh,
    String cityEn) {
  public Area {
    Objects.requireNonNull(code, "code");
    localLengths = List.copyOf(localLengths);
    if (localLengths.isEmpty() || localLengths.stream().anyMatch(n -> n < 7 || n > 8)) {
      throw new IllegalArgumentException("local numbers have 7 or 8 digits, got " + localLengths);
    }
    Objects.requireNonNull(provinceZh, "provinceZh");
    Objects.requireNonNull(provinceEn, "provinceEn");
    Objects.requireNonNull(cityZh, "cityZh");
    Objects.requireNonNull(cityEn, "cityEn");
  }

  /**
   * The area's ordinary subscriber numbers in national format as a regular expression, without
   * anchors: the area code, a first local digit 2-8, then the rest of the local length ({@code
   * 020[2-8][0-9]{7}}, {@code 0754[2-8][0-9]{6}[0-9]?}). Digits, brackets, braces and '?' only
   * (no comma, which separates arguments in some dialplans), read alike by POSIX and PCRE
   * engines: every switch that routes by the caller's number matches with it.
   */
  public String callerPattern() {
    int shortest = localLengths.get(0);
    return code.digits() + "[2-8][0-9]{" + (shortest - 1) + "}" + (localLengths.size() > 1 ? "[0-9]?" : "");
  }

  /** "7", "8" or "7 or 8", for messages. */
  public String localLengthText() {
    return localLengths.size() == 1 ? localLengths.get(0).toString() : "7 or 8";
  }
}
