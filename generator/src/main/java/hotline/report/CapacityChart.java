package hotline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity check of one request as a picture: how many calls were up at each moment (from
 * each call's 200 OK to its BYE), against the trunk's channel count, with the calls the switch
 * rejected marked where it rejected them. A template model of SVG geometry.
 */
final class CapacityChart {
  static final int WIDTH = 660;
  static final int HEIGHT = 220;
  private static final int LEFT = 44;
  private static final int RIGHT = 16;
  private static final int TOP = 18;
  private static final int BOTTOM = 40;

  private CapacityChart() {}

  /** The chart of the capacity check's {@code calls}; {@code present} is false without calls. */
  static Map<String, Object> of(List<TestCall> calls, int channels, Words words) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("present", !calls.isEmpty());
    chart.put("width", WIDTH);
    chart.put("height", HEIGHT);
    if (calls.isEmpty()) {
      return chart;
    }
    double t0 = calls.stream().mapToDouble(c -> c.epochMs(0)).min().orElseThrow();
    TreeMap<Double, Integer> changes = new TreeMap<>();
    List<double[]> rejections = new ArrayList<>();
    double end = 0;
    for (TestCall c : calls) {
      double last = c.messages().isEmpty() ? 0 : c.messages().get(c.messages().size() - 1).atMs();
      end = Math.max(end, c.epochMs(last) - t0);
      if (c.inviteToAnswerMs().isPresent()) {
        double up = c.epochMs(c.inviteToAnswerMs().getAsLong()) - t0;
        double down = c.messages().stream().filter(m -> m.method().equals("BYE")).mapToDouble(SipMessage::atMs).findFirst().orElse(last);
        changes.merge(up, 1, Integer::sum);
        changes.merge(Math.max(up, c.epochMs(down) - t0), -1, Integer::sum);
      } else if (c.end() == CallEnd.REJECTED) {
        double at = c.messages().stream().filter(m -> m.status() >= 300 && m.to().equals("caller")).mapToDouble(SipMessage::atMs).findFirst().orElse(0);
        rejections.add(new double[] {c.epochMs(at) - t0, c.status().orElse(0)});
      }
    }
    int peak = 0;
    int up = 0;
    for (int delta : changes.values()) {
      up += delta;
      peak = Math.max(peak, up);
    }
    int top = Math.max(channels, peak) + 1;
    double span = Math.max(end, 1);
    Scale sx = new Scale(0, span, LEFT, WIDTH - RIGHT);
    Scale sy = new Scale(0, top, HEIGHT - BOTTOM, TOP);
    StringBuilder points = new StringBuilder().append(sx.at(0)).append(',').append(sy.at(0));
    up = 0;
    for (Map.Entry<Double, Integer> e : changes.entrySet()) {
      String x = sx.at(e.getKey());
      points.append(' ').append(x).append(',').append(sy.at(up));
      up += e.getValue();
      points.append(' ').append(x).append(',').append(sy.at(up));
    }
    points.append(' ').append(sx.at(span)).append(',').append(sy.at(up));
    List<Map<String, Object>> marks = new ArrayList<>();
    for (double[] r : rejections) {
      int atThen = 0;
      for (Map.Entry<Double, Integer> e : changes.headMap(r[0], true).entrySet()) {
        atThen += e.getValue();
      }
      marks.add(Map.of("x", sx.at(r[0]), "y", sy.at(atThen), "label", words.pick("拒绝 ", "rejected ") + (int) r[1]));
    }
    chart.put("points", points.toString());
    chart.put("limitY", sy.at(channels));
    chart.put("limitLabel", words.pick("通道数 ", "channels: ") + channels);
    chart.put("marks", marks);
    chart.put("left", LEFT);
    chart.put("right", WIDTH - RIGHT);
    chart.put("axisY", sy.at(0));
    chart.put("top", TOP);
    chart.put("ticks", List.of(Map.of("y", sy.at(0), "label", "0"), Map.of("y", sy.at(top), "label", Integer.toString(top))));
    chart.put("spanLabel", words.millis(span));
    chart.put("titleY", HEIGHT - 8);
    chart.put("axisTitle", words.pick("从第一路呼叫开始的时间", "time since the first call"));
    chart.put("note", words.pick(
        "最多同时通话 " + peak + " 路（通道数 " + channels + "）；" + rejections.size() + " 次呼叫被拒绝。",
        "At most " + peak + " calls up at once (" + channels + " channels); " + rejections.size() + " call" + (rejections.size() == 1 ? "" : "s") + " rejected."));
    return chart;
  }

  /** A linear map of data values onto pixels, printed with one decimal. */
  private record Scale(double from, double to, double pixelFrom, double pixelTo) {
    String at(double v) {
      return String.format(Locale.ROOT, "%.1f", pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom));
    }
  }
}
