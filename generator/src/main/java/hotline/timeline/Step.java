package hotline.timeline;

/** A step of the activation with a statutory period, named and explained in each language. */
public enum Step {
  /** The operator makes the office data and opens the number. */
  OPEN_NUMBER(
      10,
      "office data made and number opened",
      "制作局数据并开通号码",
      "within 10 working days after the later of the filing notice and the written request",
      "收到备案通知和书面开通申请后10个工作日内（以后收到者起算）"),
  /** The operator reports the activation to the provincial communications administration. */
  REPORT_ACTIVATION(
      5,
      "activation reported to the provincial communications administration",
      "向省通信管理局报告开通情况",
      "within 5 working days after opening (the report date is not recorded: the status says"
          + " whether the period is still running)",
      "开通后5个工作日内（不记录报告日期：状态仅说明期限是否届满）");

  private final int workingDays;
  private final String nameEn;
  private final String nameZh;
  private final String ruleEn;
  private final String ruleZh;

  Step(int workingDays, String nameEn, String nameZh, String ruleEn, String ruleZh) {
    this.workingDays = workingDays;
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.ruleEn = ruleEn;
    this.ruleZh = ruleZh;
  }

  /** Returns the length of the statutory period in working days. */
  public int workingDays() {
    return workingDays;
  }

  /** Returns the step's name in {@code language}. */
  public String label(Language language) {
    return language == Language.ZH ? nameZh : nameEn;
  }

  /** Returns the statutory rule of the step in {@code language}. */
  public String rule(Language language) {
    return language == Language.ZH ? ruleZh : ruleEn;
  }
}
