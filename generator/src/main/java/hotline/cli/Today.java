package hotline.cli;

import java.time.LocalDate;
import java.time.ZoneId;

/** The reference day of deadlines when no {@code --on DATE} is given: today in China. */
final class Today {
  /** Deadlines follow the official calendar of China, so "today" is today in Beijing time. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Today() {}

  static LocalDate inChina() {
    return LocalDate.now(CHINA);
  }
}
