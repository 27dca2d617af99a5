package hotline.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every fixed-line local network of mainland China from libphonenumber's metadata and
 * geocoder: an area code exists when a number of 7 or 8 local digits, starting with 2-8, is a
 * valid fixed-line number whose geographical area code is that code. Slow (about 14,000 parses),
 * so its result is shipped as {@code areas.tsv} and {@link AreaDirectory} reads that; a test keeps
 * the two equal. Regenerate with {@code main}.
 */
public final class AreaScan {
  private static final Pattern PROVINCE_ZH = Pattern.compile("^(.+?(?:省|自治区)|内蒙古|广西|西藏|宁夏|新疆)(.+)$");

  /**
   * The geocoder names the five autonomous regions short ({@code 新疆乌鲁木齐市}); the plan carries
   * their official names.
   */
  private static final Map<String, String> REGION_ZH =
      Map.of(
          "内蒙古", "内蒙古自治区",
          "广西", "广西壮族自治区",
          "西藏", "西藏自治区",
          "宁夏", "宁夏回族自治区",
          "新疆", "新疆维吾尔自治区");
  private AreaScan() {}

  /** Writes the table to the file given as the only argument. */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), AreaTable.write(scan()), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Every area, in area-code order. */
  public static List<Area> scan() {
    return List.copyOf(scanMap().values());
  }

  private static Map<String, Area> scanMap() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();
    Map<String, Area> found = new TreeMap<>();
    for (int code = 10; code < 1000; code++) {
      String digits = Integer.toString(code);
      List<Integer> lengths = new ArrayList<>();
      Phonenumber.PhoneNumber sample = null;
      for (int length = 7; length <= 8; length++) {
        for (char first = '2'; first <= '8'; first++) {
          Phonenumber.PhoneNumber n = fixedLine(util, digits, first + "2".repeat(length - 1));
          if (n != null) {
            lengths.add(length);
            sample = n;
            break;
          }
        }
      }
      if (sample == null) {
        continue;
      }
      String zh = geocoder.getDescriptionForNumber(sample, Locale.SIMPLIFIED_CHINESE);
      String en = geocoder.getDescriptionForNumber(sample, Locale.ENGLISH);
      Matcher m = PROVINCE_ZH.matcher(zh);
      int comma = en.lastIndexOf(", ");
      String provinceZh = m.matches() ? REGION_ZH.getOrDefault(m.group(1), m.group(1)) : zh;
      String cityZh = m.matches() ? m.group(2) : zh;
      String provinceEn = comma >= 0 ? en.substring(comma + 2) : en;
      String cityEn = comma >= 0 ? en.substring(0, comma) : en;
      AreaCode areaCode = new AreaCode("0" + digits);
      found.put(areaCode.digits(), new Area(areaCode, lengths, provinceZh, provinceEn, cityZh, cityEn));
    }
    return Collections.unmodifiableMap(found);
  }

  private static Phonenumber.PhoneNumber fixedLine(PhoneNumberUtil util, String code, String local) {
    try {
      Phonenumber.PhoneNumber n = util.parse("0" + code + local, "CN");
      PhoneNumberType type = util.getNumberType(n);
      boolean fixed = type == PhoneNumberType.FIXED_LINE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
      return fixed && util.isValidNumber(n) && util.getLengthOfGeographicalAreaCode(n) == code.length() ? n : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
