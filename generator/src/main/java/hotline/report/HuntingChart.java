package hotline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hunting check of one request as a picture: a bar per line of the hunt group, split by what
 * the line was told to do with each offer (answer, busy, no answer). A template model of SVG
 * geometry.
 */
final class HuntingChart {
  static final int WIDTH = 660;
  private static final int LABEL = 170;
  private static final int ROW = 26;
  private static final int TOP = 8;
  private static final List<String> KINDS = List.of("answer", "busy", "no-answer", "other");

  private HuntingChart() {}

  /** The chart of the hunting check's {@code calls} over the request's {@code lines}. */
  static Map<String, Object> of(List<TestCall> calls, List<String> lines, Words words) {
    List<String> shown = new ArrayList<>(lines);
    Map<String, int[]> counts = new LinkedHashMap<>();
    int max = 0;
    for (TestCall c : calls) {
      for (LineAttempt a : c.attempts()) {
        if (!shown.contains(a.line())) {
          shown.add(a.line());
        }
        int[] byKind = counts.computeIfAbsent(a.line(), l -> new int[KINDS.size()]);
        byKind[KINDS.indexOf(kind(a.behaviour()))]++;
      }
    }
    for (int[] byKind : counts.values()) {
      int total = 0;
      for (int n : byKind) {
        total += n;
      }
      max = Math.max(max, total);
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("present", max > 0);
    chart.put("width", WIDTH);
    chart.put("height", TOP + shown.size() * ROW + 34);
    double unit = max == 0 ? 0 : (WIDTH - LABEL - 40) / (double) max;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      int[] byKind = counts.getOrDefault(shown.get(i), new int[KINDS.size()]);
      int y = TOP + i * ROW;
      List<Map<String, Object>> parts = new ArrayList<>();
      double x = LABEL;
      int total = 0;
      for (int k = 0; k < KINDS.size(); k++) {
        if (byKind[k] > 0) {
          double w = byKind[k] * unit;
          parts.add(Map.of("x", (int) Math.round(x), "w", Math.max(1, (int) Math.round(w)), "kind", KINDS.get(k), "count", byKind[k]));
          x += w;
          total += byKind[k];
        }
      }
      rows.add(Map.of("y", y, "ty", y + 15, "label", words.pick("线路 ", "line ") + words.number(shown.get(i)), "parts", parts, "totalX", (int) Math.round(x) + 6, "total", total));
    }
    chart.put("rows", rows);
    chart.put("labelX", LABEL - 8);
    int legendY = TOP + shown.size() * ROW + 18;
    chart.put("legend", List.of(
        Map.of("x", LABEL, "y", legendY, "kind", "answer", "label", words.pick("接听", "answered")),
        Map.of("x", LABEL + 110, "y", legendY, "kind", "busy", "label", words.pick("忙", "busy")),
        Map.of("x", LABEL + 220, "y", legendY, "kind", "no-answer", "label", words.pick("振铃无应答", "no answer")),
        Map.of("x", LABEL + 350, "y", legendY, "kind", "other", "label", words.pick("其他", "other"))));
    return chart;
  }

  private static String kind(String behaviour) {
    if (behaviour.equals("answer") || behaviour.endsWith("then answer")) {
      return "answer";
    }
    if (behaviour.startsWith("busy")) {
      return "busy";
    }
    if (behaviour.equals("no answer")) {
      return "no-answer";
    }
    return "other";
  }
}
