package hotline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Prints timelines as a plain-text table (request, step, from, due, status) for people who are not
 * engineers, followed by each step's rule and the counting rule.
 */
public final class TimelineTable {

  private static final String COUNTING_RULE_EN =
      "The day of receipt is not counted; deadlines count working days on the official calendar"
          + " (holidays off, adjusted weekend working days on).";
  private static final String COUNTING_RULE_ZH = "收到之日不计入；按国务院公布的工作日计算（法定节假日不计，调休上班日计入）。";

  private TimelineTable() {}

  /** Returns the table of {@code timelines} in {@code language}, one row per deadline. */
  public static String format(List<Timeline> timelines, Language language) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header(language));
    rows.addAll(rows(timelines, language));
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
      }
    }
    rows.add(1, dashes(widths));
    StringBuilder out = new StringBuilder();
    rows.forEach(row -> out.append(line(row, widths)).append('\n'));
    out.append('\n');
    notes(language).forEach(note -> out.append(note).append('\n'));
    return out.toString();
  }

  /**
   * Returns the table's rows in {@code language}, one per deadline: request, step, from, due and
   * status.
   */
  public static List<List<String>> rows(List<Timeline> timelines, Language language) {
    List<List<String>> rows = new ArrayList<>();
    for (Timeline timeline : timelines) {
      for (Deadline deadline : timeline.deadlines()) {
        rows.add(
            List.of(
                timeline.requestId(),
                deadline.name(language),
                date(deadline.from()),
                date(deadline.due()),
                status(deadline, language)));
      }
    }
    return rows;
  }

  /** Returns the lines that follow the table: each step's rule, then the counting rule. */
  public static List<String> notes(Language language) {
    List<String> notes = new ArrayList<>();
    for (Step step : Step.values()) {
      notes.add(step.label(language) + (language == Language.ZH ? "：" : ": ") + step.rule(language));
    }
    notes.add(language == Language.ZH ? COUNTING_RULE_ZH : COUNTING_RULE_EN);
    return notes;
  }

  /** Returns the column names in {@code language}. */
  public static List<String> header(Language language) {
    return language == Language.ZH
        ? List.of("申请", "环节", "起算日", "截止日", "状态")
        : List.of("request", "step", "from", "due", "status");
  }

  private static List<String> dashes(int[] widths) {
    List<String> dashes = new ArrayList<>();
    for (int width : widths) {
      dashes.add("-".repeat(width));
    }
    return dashes;
  }

  /** Joins the cells with two spaces, padding all but the last so no line ends in spaces. */
  private static String line(List<String> row, int[] widths) {
    String padded =
        IntStream.range(0, row.size() - 1)
            .mapToObj(i -> DisplayWidth.pad(row.get(i), widths[i]))
            .collect(Collectors.joining("  "));
    return padded + "  " + row.get(row.size() - 1);
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("-");
  }

  private static String status(Deadline deadline, Language language) {
    boolean zh = language == Language.ZH;
    return switch (deadline.status()) {
      case MET -> zh ? "按期完成" : "met";
      case LATE -> zh ? "逾期完成" : "late";
      case DUE -> due(deadline.remainingWorkingDays().getAsInt(), zh);
      case OVERDUE -> zh ? "已逾期" : "overdue";
      case WAITING ->
          zh ? "等待备案通知和书面开通申请" : "waiting for the filing notice and the written request";
      case PENDING -> zh ? "待号码开通后起算" : "pending: starts when the number is opened";
    };
  }

  private static String due(int remaining, boolean zh) {
    if (remaining == 0) {
      return zh ? "今日到期" : "due today";
    }
    if (zh) {
      return "未到期，剩余" + remaining + "个工作日";
    }
    return "due, " + remaining + (remaining == 1 ? " working day" : " working days") + " left";
  }
}
