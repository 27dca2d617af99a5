package hotline.report;

import hotline.number.PhoneNumber;
import hotline.timeline.Language;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's vocabulary in one language: the labels the template prints and the names of checks,
 * verdicts, line behaviours and SIP statuses. Chinese and English carry the same content.
 */
final class Words {
  private final Language language;
  private final Map<String, String> displayed = new HashMap<>();

  Words(Language language) {
    this.language = language;
  }

  Language language() {
    return language;
  }

  boolean zh() {
    return language == Language.ZH;
  }

  /** Picks the Chinese or the English text. */
  String pick(String zh, String en) {
    return zh() ? zh : en;
  }

  /** The labels of the template, by key. */
  Map<String, String> labels() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("title", pick("号码开通验证报告", "Activation verification report"));
    t.put("run", pick("本次验证", "This verification"));
    t.put("started", pick("开始时间（UTC）", "Started (UTC)"));
    t.put("finished", pick("结束时间（UTC）", "Finished (UTC)"));
    t.put("switch", pick("被测交换机", "Switch under test"));
    t.put("sources", pick("申请文件", "Request files"));
    t.put("generator", pick("生成工具", "Made by"));
    t.put("incomplete", pick("验证被中断，以下结果不完整。", "The verification was interrupted: the results below are incomplete."));
    t.put("summary", pick("总览", "Summary"));
    t.put("summaryNote", pick("未通过的申请排在前面。点击申请名称查看详情。", "Requests with failures come first. Click a request to see its details."));
    t.put("request", pick("申请", "Request"));
    t.put("place", pick("地区", "Area"));
    t.put("verdict", pick("结论", "Verdict"));
    t.put("checks", pick("检查项", "Checks"));
    t.put("charts", pick("图表", "Charts"));
    t.put("setupTime", pick("呼叫建立时间分布（从发出INVITE到收到200 OK）", "Call setup time (INVITE to 200 OK)"));
    t.put("calls", pick("次呼叫", "calls"));
    t.put("capacity", pick("容量检查：同时通话数随时间变化", "Capacity check: simultaneous calls over time"));
    t.put("hunting", pick("联选检查：各线路收到的呼叫", "Hunting check: offers per line"));
    t.put("requests", pick("各申请详情", "Requests in detail"));
    t.put("asWritten", pick("申请内容（按局方申请）", "The request as the bureau wrote it"));
    t.put("scripts", pick("生成的局数据脚本", "Generated office-data scripts"));
    t.put("scriptsNote", pick(
        "SHA-256 为生成时的摘要；在结果目录中执行 sha256sum -c " + ScriptManifest.NAME + " 可核对。",
        "SHA-256 taken when generated; run sha256sum -c " + ScriptManifest.NAME + " in the results folder to check them."));
    t.put("ownScripts", pick("本申请专用的文件", "This request's own files"));
    t.put("sharedScripts", pick("所有申请共用的文件", "Files shared by all requests"));
    t.put("sharedScriptsRef", pick("另有所有申请共用的文件，见“生成的局数据脚本”一节。", "The files shared by all requests are listed under “Generated office-data scripts”."));
    t.put("file", pick("文件", "File"));
    t.put("state", pick("现状", "Now"));
    t.put("checkResults", pick("检查结果", "Check results"));
    t.put("technical", pick("技术细节（英文，来自测试程序）", "Technical details (from the harness)"));
    t.put("testCalls", pick("测试呼叫", "Test calls"));
    t.put("expected", pick("预期", "Expected"));
    t.put("outcome", pick("结果", "Outcome"));
    t.put("timing", pick("时间", "Timing"));
    t.put("ladder", pick("信令流程图", "Ladder diagram"));
    t.put("raw", pick("原始SIP消息", "Raw SIP messages"));
    t.put("noMessages", pick("没有记录到消息。", "No messages were captured."));
    t.put("timeline", pick("法定时限", "Statutory deadlines"));
    t.put("referenceDay", pick("基准日", "Reference day"));
    t.put("expandAll", pick("全部展开", "Expand all"));
    t.put("collapseAll", pick("全部收起", "Collapse all"));
    t.put("channels", pick("通道数", "channels"));
    t.put("time", pick("时间（毫秒）", "time (ms)"));
    t.put("colon", pick("：", ": "));
    t.put("semicolon", pick("；", "; "));
    t.put("noChart", pick("本次没有可用的数据。", "No data in this run."));
    return t;
  }

  /** A check's name. */
  String check(String id) {
    return switch (id) {
      case "route" -> pick("本地接通", "Local callers get through");
      case "origin" -> pick("按地区路由", "Each area reaches its own center");
      case "exact-number" -> pick("号码精确匹配", "Only the exact number");
      case "hunting" -> pick("联选", "Hunting");
      case "capacity" -> pick("中继容量", "Trunk capacity");
      case "charging" -> pick("计费", "Charging");
      case "rollback" -> pick("回退与重新开通", "Rollback and reactivation");
      default -> id;
    };
  }

  /** A verdict of a check or a request. */
  String verdict(ResultVerdict v) {
    return switch (v) {
      case PASSED -> pick("通过", "passed");
      case FAILED -> pick("未通过", "failed");
      case NOT_RUN -> pick("未执行", "not run");
    };
  }

  /** What a line was told to do. */
  String behaviour(String behaviour) {
    if (!zh()) {
      return behaviour;
    }
    if (behaviour.equals("answer")) {
      return "接听";
    }
    if (behaviour.equals("no answer")) {
      return "振铃无应答";
    }
    if (behaviour.equals("busy (486)")) {
      return "忙（486）";
    }
    if (behaviour.startsWith("reject (")) {
      return "拒绝" + behaviour.substring("reject ".length()).replace('(', '（').replace(')', '）');
    }
    if (behaviour.startsWith("ring ")) {
      return "振铃后接听（" + behaviour.substring("ring ".length(), behaviour.indexOf(',')) + "）";
    }
    return behaviour;
  }

  /** A final SIP status with its meaning for a caller: "486 忙", "486 (busy)". */
  String status(int code) {
    String meaning = switch (code) {
      case 200 -> pick("接通", "answered");
      case 404 -> pick("号码未开通", "not routed");
      case 480 -> pick("暂时无法接通", "temporarily unavailable");
      case 486 -> pick("忙", "busy");
      case 487 -> pick("呼叫已取消", "cancelled");
      case 503 -> pick("中继已满", "trunk full");
      default -> "";
    };
    return meaning.isEmpty() ? Integer.toString(code) : code + pick(" " + meaning, " (" + meaning + ")");
  }

  /** A ladder column ({@code caller}, {@code switch}, {@code line 02083333333}) in words. */
  String party(String name) {
    if (name.equals("caller")) {
      return pick("主叫", "caller");
    }
    if (name.equals("switch")) {
      return pick("交换机", "switch");
    }
    if (name.startsWith("line ")) {
      return pick("线路 ", "line ") + number(name.substring("line ".length()));
    }
    return name;
  }

  /** A number in its written form (020-83333333) when it is a valid fixed-line number. */
  String number(String national) {
    return displayed.computeIfAbsent(national, n -> {
      try {
        return PhoneNumber.parse(n).display();
      } catch (IllegalArgumentException notAFixedLine) {
        return n;
      }
    });
  }

  /** "广州市（020）" or "Guangzhou (020)". */
  String place(PlannedRequest r) {
    return zh() ? r.cityZh() + "（" + r.areaCode() + "）" : r.cityEn() + " (" + r.areaCode() + ")";
  }

  /** A millisecond figure: "12 ms", "15.0 s". */
  String millis(double ms) {
    if (ms >= 10_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000);
    }
    return String.format(java.util.Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
  }
}
