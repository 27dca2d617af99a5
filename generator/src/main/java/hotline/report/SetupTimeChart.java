package hotline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution of call setup times (INVITE to 200 OK) of every answered test call, as a
 * histogram with widening bins (milliseconds up to seconds), so that the few calls that waited
 * out a no-answer timer do not flatten the rest. A template model of SVG geometry.
 */
final class SetupTimeChart {
  static final int WIDTH = 660;
  static final int HEIGHT = 230;
  private static final int LEFT = 44;
  private static final int TOP = 24;
  private static final int BOTTOM = 44;
  private static final long[] EDGES = {0, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000};
  private static final String[] NAMES = {"0–5", "5–10", "10–20", "20–50", "50–100", "100–200", "200–500", "0.5–1s", "1–2s", "2–5s", "5–10s", "10–20s", "≥20s"};

  private SetupTimeChart() {}

  /** The chart of {@code calls}; {@code present} is false when no call was answered. */
  static Map<String, Object> of(List<TestCall> calls, Words words) {
    List<Long> times = calls.stream().filter(c -> c.inviteToAnswerMs().isPresent()).map(c -> c.inviteToAnswerMs().getAsLong()).sorted().toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("present", !times.isEmpty());
    chart.put("width", WIDTH);
    chart.put("height", HEIGHT);
    if (times.isEmpty()) {
      return chart;
    }
    int[] counts = new int[EDGES.length];
    for (long t : times) {
      counts[bin(t)]++;
    }
    int first = 0;
    while (counts[first] == 0) {
      first++;
    }
    int last = counts.length - 1;
    while (counts[last] == 0) {
      last--;
    }
    int max = 0;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int slot = (WIDTH - LEFT - 10) / (last - first + 1);
    List<Map<String, Object>> bars = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      int h = (int) Math.round((double) counts[i] * plotHeight / max);
      int x = LEFT + (i - first) * slot;
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("x", x + 3);
      bar.put("w", slot - 6);
      bar.put("y", TOP + plotHeight - h);
      bar.put("h", h);
      bar.put("cx", x + slot / 2);
      bar.put("count", counts[i]);
      bar.put("label", NAMES[i]);
      bars.add(bar);
    }
    chart.put("bars", bars);
    chart.put("axisY", TOP + plotHeight);
    chart.put("labelY", TOP + plotHeight + 16);
    chart.put("titleY", HEIGHT - 6);
    chart.put("left", LEFT);
    chart.put("right", WIDTH - 10);
    chart.put("axisTitle", words.pick("建立时间（毫秒；标 s 的为秒）", "setup time (ms; s = seconds)"));
    chart.put("note", words.pick(
        "共" + times.size() + "次接通的呼叫；中位数 " + words.millis(percentile(times, 50)) + "，95%分位 " + words.millis(percentile(times, 95)) + "，最长 "
            + words.millis(times.get(times.size() - 1)) + "。首选线路无人接听的联选呼叫要等满无应答时间才转到下一线路，出现在最右侧。",
        times.size() + " answered calls; median " + words.millis(percentile(times, 50)) + ", 95th percentile " + words.millis(percentile(times, 95)) + ", longest "
            + words.millis(times.get(times.size() - 1)) + ". Hunting calls whose first line does not answer wait out the no-answer time before the next line, and show on the right."));
    return chart;
  }

  private static int bin(long ms) {
    for (int i = EDGES.length - 1; i >= 0; i--) {
      if (ms >= EDGES[i]) {
        return i;
      }
    }
    return 0;
  }

  /** The nearest-rank percentile of sorted {@code values}. */
  private static long percentile(List<Long> values, int p) {
    int rank = (int) Math.ceil(p / 100.0 * values.size());
    return values.get(Math.max(0, rank - 1));
  }
}
