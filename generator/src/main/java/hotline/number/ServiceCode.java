package hotline.number;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A 123xx public-service short number of the Chinese government. libphonenumber's short-number
 * data does not list them, so the known codes are kept here.
 *
 * @param digits five digits, {@code 12333}
 */
public record ServiceCode(String digits) implements Comparable<ServiceCode> {
  private static final Map<String, String[]> KNOWN = known();

  /** The default service: the labor and social security hotline. */
  public static final ServiceCode LABOR_HOTLINE = new ServiceCode("12333");

  public ServiceCode {
    if (digits == null || !KNOWN.containsKey(digits)) {
      throw new IllegalArgumentException(
          "expected a known 123xx public-service code (" + String.join(", ", KNOWN.keySet()) + "), but got '" + digits + "'");
    }
  }

  /** Parses one of the known codes. */
  public static ServiceCode parse(String text) {
    return new ServiceCode(text);
  }

  /** Every known code, ascending. */
  public static java.util.List<ServiceCode> all() {
    return KNOWN.keySet().stream().map(ServiceCode::new).toList();
  }

  /** Whether the text is a known code. */
  public static boolean isKnown(String text) {
    return KNOWN.containsKey(text);
  }

  /** The service's name in Chinese. */
  public String nameZh() {
    return KNOWN.get(digits)[0];
  }

  /** The service's name in English. */
  public String nameEn() {
    return KNOWN.get(digits)[1];
  }

  /** Another known code, the first after this one, for probes that must not reach this service. */
  public ServiceCode another() {
    Optional<String> next = KNOWN.keySet().stream().filter(k -> k.compareTo(digits) > 0).findFirst();
    return new ServiceCode(next.orElse(KNOWN.keySet().iterator().next()));
  }

  @Override
  public int compareTo(ServiceCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public String toString() {
    return digits;
  }

  private static Map<String, String[]> known() {
    Map<String, String[]> m = new TreeMap<>();
    m.put("12306", new String[] {"铁路客户服务", "railway customer service"});
    m.put("12309", new String[] {"检察服务", "procuratorate service"});
    m.put("12310", new String[] {"国家安全举报", "national security reporting"});
    m.put("12315", new String[] {"市场监管投诉举报", "consumer complaints"});
    m.put("12318", new String[] {"文化市场举报", "cultural market reporting"});
    m.put("12319", new String[] {"城市管理服务", "urban management service"});
    m.put("12320", new String[] {"卫生健康热线", "public health hotline"});
    m.put("12321", new String[] {"网络不良与垃圾信息举报", "spam and harmful content reporting"});
    m.put("12328", new String[] {"交通运输服务监督", "transport service hotline"});
    m.put("12333", new String[] {"人力资源和社会保障服务", "labor and social security hotline"});
    m.put("12338", new String[] {"妇女维权", "women's rights hotline"});
    m.put("12345", new String[] {"政务服务便民热线", "government service hotline"});
    m.put("12348", new String[] {"公共法律服务", "public legal service"});
    m.put("12351", new String[] {"职工服务", "trade union service"});
    m.put("12355", new String[] {"青少年服务", "youth service"});
    m.put("12358", new String[] {"价格举报", "price complaints"});
    m.put("12365", new String[] {"质量监督", "quality supervision"});
    m.put("12366", new String[] {"纳税服务", "tax service"});
    m.put("12369", new String[] {"生态环境举报", "environmental reporting"});
    m.put("12388", new String[] {"纪检监察举报", "discipline inspection reporting"});
    return m;
  }
}
