package hotline.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ordinary fixed-line subscriber number of mainland China: an existing area code, then a local
 * part of the area's length (7 or 8 digits) starting with 2-8. Stricter than libphonenumber,
 * which also takes short codes ({@code 020 12333}), service numbers ({@code 010-95588}) and
 * extensions.
 *
 * @param area the local network the number belongs to
 * @param local the local part ({@code 83333333})
 */
public record PhoneNumber(AreaCode area, String local) implements Comparable<PhoneNumber> {
  private static final Pattern LOCAL = Pattern.compile("[2-8][0-9]{6,7}");
  /** A mobile number, also as written after +86 or with a trunk prefix 0 (no area code starts 01[3-9]). */
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
  private static final Pattern EXTENSION = Pattern.compile("(?i).*(ext|x|#|,|;|转|分机).*");
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  public PhoneNumber {
    Objects.requireNonNull(area, "area");
    if (local == null || !LOCAL.matcher(local).matches()) {
      throw new IllegalArgumentException("expected a local part of 7 or 8 digits starting with 2-8, but got '" + local + "'");
    }
  }

  /**
   * Parses a number as people write it: {@code 020-83333333}, {@code 02083333333}, {@code (020)
   * 8333 3333}, {@code +86 20 8333 3333}; full-width digits and separators are normalised first.
   *
   * @throws IllegalArgumentException saying what is wrong, in the "expected ..., but got ..." shape
   */
  public static PhoneNumber parse(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("expected a fixed-line number such as 020-83333333, but got nothing");
    }
    if (EXTENSION.matcher(normal).matches()) {
      throw new IllegalArgumentException("expected a number without an extension, but got '" + text + "'");
    }
    String digits = SEPARATORS.matcher(normal).replaceAll("");
    if (digits.startsWith("+86")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("0086")) {
      digits = "0" + digits.substring(4);
    } else if (digits.startsWith("+") || digits.startsWith("00")) {
      throw new IllegalArgumentException("expected a number of mainland China (country code 86), but got '" + text + "'");
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("expected digits, spaces, '-' and '()' only, but got '" + text + "'");
    }
    if (MOBILE.matcher(digits.startsWith("0") ? digits.substring(1) : digits).matches()) {
      throw new IllegalArgumentException("expected a fixed-line number with its area code, such as 020-83333333, but got the mobile number '" + text + "'");
    }
    if (!digits.startsWith("0")) {
      throw new IllegalArgumentException("expected a fixed-line number with its area code, such as 020-83333333, but got '" + text + "'");
    }
    Area area =
        AreaDirectory.get()
            .areaOf(digits)
            .orElseThrow(() -> new IllegalArgumentException("expected a number starting with a known area code, but got '" + text + "'"));
    String local = digits.substring(area.code().digits().length());
    if (local.isEmpty() || local.charAt(0) < '2' || local.charAt(0) > '8') {
      String shortCode = ServiceCode.isKnown(local) ? " (" + local + " is a public-service short code, not a subscriber number)" : "";
      throw new IllegalArgumentException(
          "expected an ordinary local number starting with 2-8 after the area code " + area.code() + ", but got '" + text + "'" + shortCode);
    }
    if (!area.localLengths().contains(local.length())) {
      throw new IllegalArgumentException("expected " + area.localLengthText() + " local digits after the area code " + area.code() + ", but got " + local.length() + " in '" + text + "'");
    }
    if (!isFixedLine(digits)) {
      throw new IllegalArgumentException("expected a valid fixed-line number of " + area.code() + ", but got '" + text + "'");
    }
    return new PhoneNumber(area.code(), local);
  }

  private static boolean isFixedLine(String national) {
    try {
      var n = UTIL.parse(national, "CN");
      PhoneNumberType type = UTIL.getNumberType(n);
      return UTIL.isValidNumber(n) && (type == PhoneNumberType.FIXED_LINE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE);
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** National format without separators, as dialled and as the switch sends it: {@code 02083333333}. */
  public String national() {
    return area.digits() + local;
  }

  /** The written form, area code and local part: {@code 020-83333333}. */
  public String display() {
    return area.digits() + "-" + local;
  }

  @Override
  public int compareTo(PhoneNumber other) {
    return national().compareTo(other.national());
  }

  @Override
  public String toString() {
    return display();
  }
}
