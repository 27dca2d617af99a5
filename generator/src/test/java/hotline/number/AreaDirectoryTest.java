package hotline.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The area codes read from libphonenumber, as office-data.md "Numbering" counts them. */
class AreaDirectoryTest {
  private final AreaDirectory dir = AreaDirectory.get();

  private Area area(String code) {
    return dir.require(AreaCode.parse(code));
  }

  @Test
  void thereAre328AreasOfWhich274SevenDigit50EightDigitAnd4Both() {
    assertThat(dir.all()).hasSize(328);
    assertThat(dir.all().stream().filter(a -> a.localLengths().equals(List.of(7)))).hasSize(274);
    assertThat(dir.all().stream().filter(a -> a.localLengths().equals(List.of(8)))).hasSize(50);
    assertThat(dir.all().stream().filter(a -> a.localLengths().equals(List.of(7, 8))))
        .extracting(a -> a.code().digits())
        .containsExactly("0433", "0435", "0754", "0851");
  }

  @Test
  void areasAreInCodeOrder() {
    assertThat(dir.all()).extracting(Area::code).isSorted();
  }

  @Test
  void guangzhou() {
    Area a = area("020");
    assertThat(a.cityEn()).isEqualTo("Guangzhou");
    assertThat(a.cityZh()).isEqualTo("广州市");
    assertThat(a.provinceZh()).isEqualTo("广东省");
    assertThat(a.provinceEn()).isEqualTo("Guangdong");
    assertThat(a.localLengths()).containsExactly(8);
    assertThat(a.localLengthText()).isEqualTo("8");
  }

  @Test
  void beijingIsItsOwnProvince() {
    Area a = area("010");
    assertThat(a.provinceEn()).isEqualTo("Beijing");
    assertThat(a.provinceZh()).isEqualTo("北京市");
    assertThat(a.cityZh()).isEqualTo("北京市");
  }

  @Test
  void autonomousRegionsHaveTheirOfficialNames() {
    assertThat(area("0991").provinceZh()).isEqualTo("新疆维吾尔自治区");
    assertThat(area("0991").cityZh()).isEqualTo("乌鲁木齐市");
    assertThat(area("0471").provinceZh()).isEqualTo("内蒙古自治区");
    assertThat(area("0771").provinceZh()).isEqualTo("广西壮族自治区");
    assertThat(area("0891").provinceZh()).isEqualTo("西藏自治区");
    assertThat(area("0951").provinceZh()).isEqualTo("宁夏回族自治区");
  }

  @Test
  void sevenDigitAndBothLengthAreas() {
    assertThat(area("0633").localLengths()).containsExactly(7);
    assertThat(area("0754").localLengthText()).isEqualTo("7 or 8");
  }

  @Test
  void unknownCodes() {
    assertThat(dir.find(AreaCode.parse("0301"))).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> dir.require(AreaCode.parse("0301"))).withMessage("unknown area code 0301");
    assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.parse("99"))
        .withMessage("expected an area code such as 010, 020 or 0755, but got '99'");
  }

  @Test
  void areaOfANationalNumber() {
    assertThat(dir.areaOf("02083333333")).map(Area::cityEn).contains("Guangzhou");
    assertThat(dir.areaOf("075588812333")).map(Area::cityEn).contains("Shenzhen");
    assertThat(dir.areaOf("03013312333")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"010", "022", "0311", "0351", "0471", "024", "0431", "0451", "0371", "0531"})
  void theTenNorthernProvincesAreAdvisedChinaUnicom(String code) {
    assertThat(Operator.advisedFor(area(code))).isEqualTo(Operator.CHINA_UNICOM);
    assertThat(Operator.isNorthern(area(code))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"020", "021", "023", "025", "0571", "0755", "0871", "0991", "0891", "0898"})
  void theOthersAreAdvisedChinaTelecom(String code) {
    assertThat(Operator.advisedFor(area(code))).isEqualTo(Operator.CHINA_TELECOM);
  }

  @Test
  void everyNorthernAreaIsInOneOfTenProvinces() {
    assertThat(dir.all().stream().filter(Operator::isNorthern).map(Area::provinceEn).distinct()).hasSize(10);
  }
}
