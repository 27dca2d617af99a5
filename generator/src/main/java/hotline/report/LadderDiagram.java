package hotline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of one call's ladder diagram, as a template model: a column per party (caller,
 * switch, then each line in the order the call reached it) and an arrow per message, top to
 * bottom in time order, with its time on the left. The template draws it as inline SVG.
 */
final class LadderDiagram {
  static final int LEFT = 74;
  static final int GAP = 170;
  static final int TOP = 34;
  static final int STEP = 21;
  private static final int LABEL_CHARS = 26;

  private LadderDiagram() {}

  /** The diagram of {@code call}'s messages; labels in {@code words}' language. */
  static Map<String, Object> of(TestCall call, Words words) {
    List<String> parties = new ArrayList<>(List.of("caller", "switch"));
    for (SipMessage m : call.messages()) {
      for (String p : List.of(m.from(), m.to())) {
        if (!parties.contains(p)) {
          parties.add(p);
        }
      }
    }
    List<Map<String, Object>> columns = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      String party = parties.get(i);
      columns.add(Map.of("x", x(i), "label", party.equals("caller") ? words.party(party) + " " + words.number(call.caller()) : words.party(party)));
    }
    List<Map<String, Object>> arrows = new ArrayList<>();
    int y = TOP + STEP;
    for (SipMessage m : call.messages()) {
      int x1 = x(parties.indexOf(m.from()));
      int x2 = x(parties.indexOf(m.to()));
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("y", y);
      a.put("x1", x1);
      a.put("x2", x2);
      a.put("lx", (x1 + x2) / 2);
      a.put("kind", kind(m));
      a.put("label", label(m));
      a.put("time", String.format(Locale.ROOT, "%.1f", m.atMs()));
      arrows.add(a);
      y += STEP;
    }
    Map<String, Object> ladder = new LinkedHashMap<>();
    ladder.put("width", x(parties.size() - 1) + GAP / 2);
    ladder.put("height", y);
    ladder.put("bottom", y - STEP / 2);
    ladder.put("columns", columns);
    ladder.put("arrows", arrows);
    return ladder;
  }

  private static int x(int column) {
    return LEFT + column * GAP;
  }

  /** The arrow's colour class: a request, a provisional, a success or a failure response. */
  private static String kind(SipMessage m) {
    if (!m.response()) {
      return "q";
    }
    int status = m.status();
    return status < 200 ? "p" : status < 300 ? "ok" : "ko";
  }

  /** "INVITE 02083333333", "180 Ringing": the method and the number called, or the status. */
  static String label(SipMessage m) {
    String text;
    if (m.response()) {
      String[] parts = m.firstLine().split(" ", 3);
      text = parts.length == 3 ? parts[1] + " " + parts[2] : m.firstLine();
    } else {
      String[] parts = m.firstLine().split(" ");
      String uri = parts.length > 1 ? parts[1] : "";
      int at = uri.indexOf('@');
      int colon = uri.indexOf(':');
      String user = at > colon && colon >= 0 ? uri.substring(colon + 1, at) : "";
      text = user.isEmpty() ? m.method() : m.method() + " " + user;
    }
    return text.length() > LABEL_CHARS ? text.substring(0, LABEL_CHARS - 1) + "…" : text;
  }
}
