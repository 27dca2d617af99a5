package hotline.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-word sentences for people who are not SIP engineers, made from the structured results (not
 * from the harness's English summaries), so that both languages say the same.
 */
final class Sentences {
  private static final Pattern LOCAL_CALLER = Pattern.compile("local caller (.+)");
  private static final Pattern OTHER_AREA = Pattern.compile("caller of (\\d+) \\((.+)\\) reaches its own number, not (.+)'s");
  private static final Pattern UNSERVED_AREA = Pattern.compile("caller of (\\d+), which has no activation");
  private static final Pattern DIALLED = Pattern.compile("dialled (\\d+)");
  private static final Pattern CHANNEL = Pattern.compile("channel (\\d+) of (\\d+)");
  private static final Pattern RECORDED = Pattern.compile("call recorded as (.+)");
  private static final Pattern WHILE_ROLLED_BACK = Pattern.compile("caller of (.+) while (.+) is rolled back");

  private final Words w;

  Sentences(Words words) {
    this.w = words;
  }

  /** What a check proves for a request, or why it did not run. */
  String check(CheckOutcome c, PlannedRequest r, List<TestCall> calls) {
    String place = w.place(r);
    String bound = w.number(r.boundNumber());
    String service = r.service();
    if (c.verdict() == ResultVerdict.NOT_RUN) {
      return notRun(c);
    }
    return switch (c.check()) {
      case "route" -> w.pick(place + "的用户拨打" + service + "接通" + bound,
          "Callers in " + place + " who dial " + service + " reach " + bound);
      case "origin" -> w.pick(place + "以外的用户拨打" + service + "不会接通" + bound + "：其他地区接通各自的号码，未开通的地区被拒绝",
          "Callers outside " + place + " never reach " + bound + ": other areas reach their own numbers, areas without the service are rejected");
      case "exact-number" -> {
        String wrong = String.join(w.pick("、", ", "), calls.stream().map(TestCall::dialled).toList());
        yield w.pick("在" + place + "只有准确拨打" + service + "才接通呼叫中心：拨打" + wrong + "均被拒绝",
            "Only exactly " + service + " reaches the call center from " + place + ": " + wrong + " are rejected");
      }
      case "hunting" -> r.lines().size() > 1
          ? w.pick(bound + "忙或" + r.noAnswerSeconds() + "秒内无应答时，呼叫转到" + w.number(r.lines().get(1)) + "；所有线路都忙时主叫听到忙音（486）",
              "When " + bound + " is busy or does not answer within " + r.noAnswerSeconds() + " s, calls move on to " + w.number(r.lines().get(1))
                  + "; with every line busy callers hear busy (486)")
          : w.pick("唯一的线路" + bound + "忙时，主叫听到忙音（486）", "With its only line " + bound + " busy, callers hear busy (486)");
      case "capacity" -> w.pick(place + "的中继可同时承载" + r.channels() + "路呼叫；再多一路被拒绝（503），有通道释放后又可接通",
          "The trunk of " + place + " carries " + r.channels() + " simultaneous call" + (r.channels() == 1 ? "" : "s")
              + "; one more is rejected with 503, and calls are carried again once one ends");
      case "charging" -> w.pick("从" + place + "拨打" + service + "的呼叫按“" + r.charging().nameZh() + "”记录话单，话单含主叫号码、" + service + "和" + bound,
          "Calls to " + service + " from " + place + " are recorded as " + r.charging().nameEn() + ", with the caller, " + service + " and " + bound);
      case "rollback" -> w.pick("回退后，" + place + "的用户拨打" + service + "被拒绝，其他地区仍可接通；重新开通后又接通" + bound,
          "After rollback, callers in " + place + " who dial " + service + " are rejected while other areas still get through; after activation they reach "
              + bound + " again");
      default -> c.summary();
    };
  }

  private String notRun(CheckOutcome c) {
    return switch (c.check()) {
      case "charging" -> w.pick("未执行：被测交换机不向测试程序提供话单。", "Not run: the switch under test gives the harness no access to its call records.");
      case "rollback" -> w.pick("未执行：测试程序无法在被测交换机上运行回退和开通脚本。", "Not run: the harness cannot run the rollback and activate scripts on the switch under test.");
      default -> w.pick("未执行（原因见下方技术细节）。", "Not run: " + c.summary());
    };
  }

  /** "020-20000001 拨打 12333". */
  String callTitle(TestCall c) {
    return w.pick(w.number(c.caller()) + " 拨打 " + c.dialled(), w.number(c.caller()) + " dials " + c.dialled());
  }

  /** The call's scenario in words; the harness's English scenario when it is not one it knows. */
  String scenario(TestCall c) {
    if (!w.zh()) {
      return c.scenario();
    }
    String s = c.scenario();
    Matcher m;
    if ((m = LOCAL_CALLER.matcher(s)).matches()) {
      return "本地用户 " + m.group(1);
    }
    if ((m = OTHER_AREA.matcher(s)).matches()) {
      return "区号" + m.group(1) + "（" + m.group(2) + "）的用户接通本地区的号码，而不是" + m.group(3) + "的";
    }
    if ((m = UNSERVED_AREA.matcher(s)).matches()) {
      return "未开通地区（区号" + m.group(1) + "）的用户";
    }
    if ((m = DIALLED.matcher(s)).matches()) {
      return "拨打了" + m.group(1);
    }
    if ((m = CHANNEL.matcher(s)).matches()) {
      return "占用第" + m.group(1) + "路（共" + m.group(2) + "路）";
    }
    if ((m = RECORDED.matcher(s)).matches()) {
      return "话单记录为 " + m.group(1);
    }
    if ((m = WHILE_ROLLED_BACK.matcher(s)).matches()) {
      return m.group(2) + "回退期间，" + m.group(1) + "的用户";
    }
    return switch (s) {
      case "pilot busy" -> "首选线路忙";
      case "pilot does not answer" -> "首选线路无人接听";
      case "every line busy" -> "所有线路都忙";
      case "every channel in use, one call more" -> "所有通道占满后再呼叫一次";
      case "a channel freed, a new call" -> "释放一路后再呼叫";
      case "after rollback" -> "回退之后";
      case "after activate again" -> "重新开通之后";
      default -> s;
    };
  }

  /** What the call should have ended in. */
  String expected(TestCall c) {
    return c.expectedLine()
        .map(line -> w.pick("由 " + w.number(line) + " 接听", "answered at " + w.number(line)))
        .orElseGet(() -> w.pick("被拒绝（" + w.status(c.expectedStatus()) + "）", "rejected with " + w.status(c.expectedStatus())));
  }

  /** How the call ended. */
  String outcome(TestCall c) {
    String line = c.line().map(w::number).orElse("?");
    return switch (c.end()) {
      case ANSWERED -> w.pick("由 " + line + " 接听", "answered at " + line);
      case UNEXPECTED_LINE -> w.pick("到达了不应到达的线路 " + line, "reached a line it must not reach: " + line);
      case REJECTED -> {
        String status = c.status().isPresent() ? w.status(c.status().getAsInt()) : "?";
        yield w.pick("被拒绝（" + status + "）", "rejected with " + status);
      }
      case TIMED_OUT -> w.pick("超时，没有最终应答", c.endText());
    };
  }

  /** One line on a failed call: who dialled what, what should have happened, what did. */
  String failure(TestCall c) {
    return w.pick(callTitle(c) + "：预期" + expected(c) + "，实际" + outcome(c),
        callTitle(c) + ": expected " + expected(c) + ", but it was " + outcome(c));
  }
}
