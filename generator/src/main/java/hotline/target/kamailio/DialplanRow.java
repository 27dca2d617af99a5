package hotline.target.kamailio;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import java.util.stream.Collectors;

/**
 * The one {@code dialplan} row that activates a request: its regex matches "caller:dialled" for a
 * caller of the area dialling exactly the service code; the replacement is the bound number; the
 * attrs carry every other fact the routing script needs.
 */
final class DialplanRow {
  /** The dialplan id of all hotline rows; the script translates with it. */
  static final int DPID = 1;

  private DialplanRow() {}

  /** The row's key pattern, before db_text escaping: {@code ^020[2-8][0-9]{7}:12333$}. */
  static String matchExpression(Activation a) {
    return "^" + a.network().area().callerPattern() + ":" + a.service().digits() + "$";
  }

  /** The attrs column, before db_text escaping. */
  static String attrs(Activation a) {
    String lines = a.huntGroup().lines().stream().map(PhoneNumber::national).map(DbText::attrValue).collect(Collectors.joining("|"));
    String gateway = a.trunk().gateway().orElseThrow().hostPort();
    return "id=" + DbText.attrValue(a.id())
        + ";lines=" + lines
        + ";gw=" + DbText.attrValue(gateway)
        + ";ch=" + a.trunk().channels()
        + ";na=" + a.noAnswerSeconds()
        + ";chg=" + DbText.attrValue(a.charging().id());
  }

  /**
   * The db_text line: {@code id:dpid:pr:match_op:match_exp:match_len:subst_exp:repl_exp:attrs}.
   *
   * @param rowId the row's id column, unique in the table
   */
  static String line(Activation a, int rowId) {
    return String.join(
        ":",
        Integer.toString(rowId),
        Integer.toString(DPID),
        "10",
        "1",
        DbText.escape(matchExpression(a)),
        "0",
        DbText.escape("^.*$"),
        DbText.escape(a.huntGroup().pilot().national()),
        DbText.escape(attrs(a)));
  }
}
