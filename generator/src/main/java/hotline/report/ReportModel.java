package hotline.report;

import hotline.calendar.CalendarYearMissingException;
import hotline.calendar.WorkingCalendar;
import hotline.render.Version;
import hotline.timeline.Deadline;
import hotline.timeline.Timeline;
import hotline.timeline.TimelineTable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the report's template model (plain maps, lists, text, numbers and booleans) from the
 * results, the plan and the script digests: the verdicts in plain words with failures first, every
 * call with its ladder, the charts, the scripts and the statutory deadlines.
 */
final class ReportModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Words w;
  private final Sentences say;

  ReportModel(Words words) {
    this.w = words;
    this.say = new Sentences(words);
  }

  /** The model, and the calendar's missing year when the deadlines could not be counted. */
  record Built(Map<String, Object> model, Optional<CalendarYearMissingException> calendarProblem) {}

  Built build(RunResults results, List<PlannedRequest> plan, List<ScriptManifest.Script> scripts, LocalDate today, WorkingCalendar calendar) {
    Map<String, TestCall> callsById = new HashMap<>();
    results.calls().forEach(c -> callsById.put(c.callId(), c));
    Map<String, List<CheckOutcome>> checksByRequest = results.checks().stream().collect(Collectors.groupingBy(CheckOutcome::request, LinkedHashMap::new, Collectors.toList()));
    List<Map<String, Object>> requests = new ArrayList<>();
    List<PlannedRequest> ordered = new ArrayList<>(plan);
    ordered.sort(Comparator.comparing(r -> verdict(checksByRequest.getOrDefault(r.id(), List.of())).ordinal()));
    for (PlannedRequest r : ordered) {
      requests.add(request(r, checksByRequest.getOrDefault(r.id(), List.of()), callsById, scripts));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", w.pick("zh-CN", "en"));
    m.put("t", w.labels());
    m.put("services", String.join(", ", plan.stream().map(PlannedRequest::service).distinct().toList()));
    m.put("run", run(results, plan));
    m.put("requests", requests);
    m.put("setup", SetupTimeChart.of(results.calls(), w));
    m.put("sharedScripts", scripts.stream().filter(s -> !isOwn(s, plan)).map(this::script).toList());
    Optional<CalendarYearMissingException> problem = Optional.empty();
    try {
      m.put("timeline", timeline(plan, today, calendar));
    } catch (CalendarYearMissingException e) {
      problem = Optional.of(e);
      m.put("timeline", Map.of("ok", false, "reference", today.toString(), "problem", e.getMessage()));
    }
    return new Built(m, problem);
  }

  private Map<String, Object> run(RunResults results, List<PlannedRequest> plan) {
    long failed = results.checks().stream().filter(c -> c.verdict() == ResultVerdict.FAILED).count();
    long notRun = results.checks().stream().filter(c -> c.verdict() == ResultVerdict.NOT_RUN).count();
    long passed = results.checks().size() - failed - notRun;
    long failedRequests = results.checks().stream().filter(c -> c.verdict() == ResultVerdict.FAILED).map(CheckOutcome::request).distinct().count();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("started", TIME.format(results.started()));
    run.put("finished", TIME.format(results.finished()));
    run.put("seconds", results.started().until(results.finished(), ChronoUnit.SECONDS));
    run.put("sut", results.sut());
    run.put("sources", results.sources());
    run.put("complete", results.complete());
    run.put("verdictClass", failed > 0 || !results.complete() ? "failed" : "passed");
    run.put("generator", "hotline " + Version.current());
    String counts = w.pick(
        plan.size() + " 个申请，" + results.checks().size() + " 项检查，" + results.calls().size() + " 次测试呼叫",
        plan.size() + " request" + (plan.size() == 1 ? "" : "s") + ", " + results.checks().size() + " checks, " + results.calls().size() + " test calls");
    String notRunText = notRun == 0 ? "" : w.pick("；" + notRun + " 项未执行", "; " + notRun + " not run");
    run.put("verdict", failed == 0
        ? w.pick("全部 " + passed + " 项检查通过", "All " + passed + " checks passed") + notRunText + w.pick("（" + counts + "）。", " (" + counts + ").")
        : w.pick(failed + " 项检查未通过，涉及 " + failedRequests + " 个申请；" + passed + " 项通过", failed + " checks failed in " + failedRequests + " request"
            + (failedRequests == 1 ? "" : "s") + "; " + passed + " passed") + notRunText + w.pick("（" + counts + "）。", " (" + counts + ")."));
    return run;
  }

  private static ResultVerdict verdict(List<CheckOutcome> checks) {
    if (checks.stream().anyMatch(c -> c.verdict() == ResultVerdict.FAILED)) {
      return ResultVerdict.FAILED;
    }
    return checks.stream().anyMatch(c -> c.verdict() == ResultVerdict.PASSED) ? ResultVerdict.PASSED : ResultVerdict.NOT_RUN;
  }

  private Map<String, Object> request(PlannedRequest r, List<CheckOutcome> checks, Map<String, TestCall> callsById, List<ScriptManifest.Script> scripts) {
    ResultVerdict verdict = verdict(checks);
    List<CheckOutcome> ordered = new ArrayList<>(checks);
    ordered.sort(Comparator.comparing(c -> c.verdict().ordinal()));
    List<Map<String, Object>> checkRows = new ArrayList<>();
    List<Map<String, Object>> callGroups = new ArrayList<>();
    List<TestCall> capacityCalls = List.of();
    List<TestCall> huntingCalls = List.of();
    for (CheckOutcome c : ordered) {
      List<TestCall> calls = c.callIds().stream().map(callsById::get).toList();
      checkRows.add(check(c, r, calls));
      if (!calls.isEmpty()) {
        callGroups.add(Map.of("name", w.check(c.check()), "calls", calls.stream().map(this::call).toList()));
      }
      if (c.check().equals("capacity")) {
        capacityCalls = calls;
      } else if (c.check().equals("hunting")) {
        huntingCalls = calls;
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("anchor", "r-" + r.id());
    m.put("place", w.place(r));
    m.put("verdictClass", verdict.id());
    m.put("verdict", w.verdict(verdict));
    m.put("open", verdict == ResultVerdict.FAILED);
    m.put("counts", counts(checks));
    m.put("facts", facts(r));
    m.put("ownScripts", scripts.stream().filter(s -> s.stem().equals(r.id())).map(this::script).toList());
    m.put("checks", checkRows);
    m.put("capacity", CapacityChart.of(capacityCalls, r.channels(), w));
    m.put("hunting", HuntingChart.of(huntingCalls, r.lines(), w));
    m.put("callGroups", callGroups);
    return m;
  }

  private String counts(List<CheckOutcome> checks) {
    long failed = checks.stream().filter(c -> c.verdict() == ResultVerdict.FAILED).count();
    long notRun = checks.stream().filter(c -> c.verdict() == ResultVerdict.NOT_RUN).count();
    long passed = checks.size() - failed - notRun;
    return w.pick("通过 " + passed + "，未通过 " + failed + "，未执行 " + notRun, passed + " passed, " + failed + " failed, " + notRun + " not run");
  }

  private List<Map<String, String>> facts(PlannedRequest r) {
    List<Map<String, String>> facts = new ArrayList<>();
    facts.add(fact(w.pick("服务号码", "Service number"), r.service()));
    facts.add(fact(w.pick("地区", "Area"), w.pick(r.provinceZh() + " " + r.cityZh() + "（区号 " + r.areaCode() + "）", r.cityEn() + ", " + r.provinceEn() + " (area code " + r.areaCode() + ")")));
    facts.add(fact(w.pick("运营商", "Operator"), w.pick(r.operator().nameZh(), r.operator().nameEn())));
    facts.add(fact(w.pick("绑定号码", "Bound number"), w.number(r.boundNumber())));
    facts.add(fact(w.pick("联选线路", "Hunt group lines"),
        String.join(w.pick("、", ", "), r.lines().stream().map(w::number).toList())
            + (r.lines().size() > 1 ? w.pick("（无应答 " + r.noAnswerSeconds() + " 秒后转下一线路）", " (next line after " + r.noAnswerSeconds() + " s without answer)") : "")));
    String trunk = r.trunkType().id().equals("analog")
        ? w.pick("模拟中继 " + r.trunkCount() + " 条（" + r.channels() + " 路）", "analog, " + r.trunkCount() + " line" + (r.trunkCount() == 1 ? "" : "s") + " (" + r.channels() + " channel" + (r.channels() == 1 ? "" : "s") + ")")
        : w.pick("数字中继 " + r.trunkCount() + " 个E1（" + r.channels() + " 路）", "digital, " + r.trunkCount() + " E1" + (r.trunkCount() == 1 ? "" : "s") + " (" + r.channels() + " channels)")
            + r.signalling().map(s -> w.pick("，信令 ", ", signalling ") + s.toUpperCase(java.util.Locale.ROOT)).orElse("");
    facts.add(fact(w.pick("中继", "Trunk"), trunk));
    facts.add(fact(w.pick("计费方式", "Charging"), w.pick(r.charging().nameZh(), r.charging().nameEn())));
    facts.add(fact(w.pick("远端座席", "Remote seats"), r.remoteSeats() ? w.pick("是（绑定号码在其他本地网，接续为长途）", "yes (the bound number is in another local network: a toll leg)") : w.pick("否", "no")));
    String none = w.pick("未填", "not given");
    facts.add(fact(w.pick("日期", "Dates"), w.pick(
        "收到备案通知 " + r.dates().filingNotice().map(LocalDate::toString).orElse(none) + "；收到书面开通申请 " + r.dates().writtenRequest().map(LocalDate::toString).orElse(none)
            + "；开通 " + r.dates().opened().map(LocalDate::toString).orElse(none),
        "filing notice received " + r.dates().filingNotice().map(LocalDate::toString).orElse(none) + "; written request received "
            + r.dates().writtenRequest().map(LocalDate::toString).orElse(none) + "; opened " + r.dates().opened().map(LocalDate::toString).orElse(none))));
    facts.add(fact(w.pick("申请文件", "Request file"), r.source()));
    return facts;
  }

  private static Map<String, String> fact(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  private Map<String, Object> check(CheckOutcome c, PlannedRequest r, List<TestCall> calls) {
    List<String> technical = new ArrayList<>(c.failures());
    if (c.verdict() == ResultVerdict.NOT_RUN) {
      technical.add(0, c.summary());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", w.check(c.check()));
    m.put("verdictClass", c.verdict().id());
    m.put("verdict", w.verdict(c.verdict()));
    m.put("sentence", say.check(c, r, calls));
    m.put("failedCalls", calls.stream().filter(call -> call.verdict() == ResultVerdict.FAILED).map(say::failure).toList());
    m.put("technical", technical);
    return m;
  }

  private Map<String, Object> call(TestCall c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdictClass", c.verdict().id());
    m.put("verdict", w.verdict(c.verdict()));
    m.put("open", c.verdict() == ResultVerdict.FAILED);
    m.put("title", say.callTitle(c));
    m.put("scenario", say.scenario(c));
    m.put("expected", say.expected(c));
    m.put("outcome", say.outcome(c));
    m.put("timing", timing(c));
    m.put("hasMessages", !c.messages().isEmpty());
    m.put("ladder", LadderDiagram.of(c, w));
    m.put("raw", raw(c));
    return m;
  }

  private String timing(TestCall c) {
    List<String> parts = new ArrayList<>();
    c.inviteToAnswerMs().ifPresent(ms -> parts.add(w.pick("建立 ", "setup ") + w.millis(ms)));
    c.failoverMs().ifPresent(ms -> parts.add(w.pick("转下一线路用时 ", "failover ") + w.millis(ms)));
    if (!c.attempts().isEmpty()) {
      parts.add(w.pick("依次提供给 ", "offered to ") + c.attempts().stream()
          .map(a -> w.number(a.line()) + w.pick("（" + w.behaviour(a.behaviour()) + "）", " (" + w.behaviour(a.behaviour()) + ")"))
          .collect(Collectors.joining(w.pick("、", ", "))));
    }
    return String.join(w.pick("；", "; "), parts);
  }

  private String raw(TestCall c) {
    StringBuilder out = new StringBuilder();
    for (SipMessage m : c.messages()) {
      out.append("── ").append(w.millis(m.atMs())).append("  ").append(w.party(m.from())).append(" → ").append(w.party(m.to())).append(" ──\n");
      out.append(m.raw().replace("\r\n", "\n").stripTrailing()).append("\n\n");
    }
    return out.toString();
  }

  private Map<String, String> script(ScriptManifest.Script s) {
    String state = switch (s.state()) {
      case UNCHANGED -> w.pick("与生成时相同", "as generated");
      case CHANGED -> w.pick("生成后已被修改（例如被回退/开通脚本改写）", "changed since generated (e.g. rewritten by rollback/activate)");
      case MISSING -> w.pick("文件已不存在", "no longer there");
    };
    return Map.of("path", s.path(), "sha256", s.sha256(), "state", state, "stateClass", s.state().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isOwn(ScriptManifest.Script s, List<PlannedRequest> plan) {
    return plan.stream().anyMatch(r -> r.id().equals(s.stem()));
  }

  private Map<String, Object> timeline(List<PlannedRequest> plan, LocalDate today, WorkingCalendar calendar) {
    List<Timeline> timelines = plan.stream().map(r -> Timeline.of(r.id(), r.dates(), today, calendar)).toList();
    List<List<String>> cells = TimelineTable.rows(timelines, w.language());
    List<Deadline> deadlines = timelines.stream().flatMap(t -> t.deadlines().stream()).toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      rows.add(Map.of("cells", cells.get(i), "statusClass", deadlines.get(i).status().name().toLowerCase(java.util.Locale.ROOT)));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", true);
    m.put("reference", today.toString());
    m.put("header", TimelineTable.header(w.language()));
    m.put("rows", rows);
    m.put("notes", TimelineTable.notes(w.language()));
    return m;
  }
}
