package hotline.target.kamailio;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.SourcePosition;
import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.Plan;
import hotline.render.GeneratedFile;
import hotline.render.RenderContext;
import hotline.render.RenderException;
import hotline.render.Target;
import hotline.render.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A runnable Kamailio 5.6 server for every request of the plan: one fixed routing script
 * ({@code kamailio.cfg}) and the requests as {@code dialplan} rows in {@code db_text} files, opened
 * and closed on the running server by {@code activate.sh} / {@code rollback.sh} with a reload.
 */
public final class KamailioTarget implements Target {
  /** Folder paths Kamailio reads inside quoted strings and a {@code #!substdef}. */
  private static final Pattern SAFE_DIR = Pattern.compile("/[A-Za-z0-9/._+@-]*");

  @Override
  public String name() {
    return "kamailio";
  }

  @Override
  public String description() {
    return "Kamailio 5.6 proxy: routing script + dialplan rows (db_text), activate/rollback by RPC reload";
  }

  @Override
  public List<String> files() {
    return List.of(
        "kamailio.cfg", "paths.cfg", "db/version", "db/dialplan", "requests/<id>.row",
        "activate.sh", "precheck.sh", "rollback.sh", "lib/hotline-lib.sh", "cdr/", "run/");
  }

  @Override
  public List<GeneratedFile> render(Plan plan, RenderContext context) throws RenderException {
    check(plan, context);
    Map<String, Object> model = model(plan, context);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(file(context, "kamailio.cfg", model, false));
    files.add(file(context, "paths.cfg", model, false));
    files.add(file(context, "db/version", model, false));
    files.add(file(context, "db/dialplan", model, false));
    files.add(file(context, "activate.sh", model, true));
    files.add(file(context, "precheck.sh", model, true));
    files.add(file(context, "rollback.sh", model, true));
    files.add(file(context, "lib/hotline-lib.sh", model, false));
    files.add(file(context, "cdr/README", model, false));
    files.add(file(context, "run/README", model, false));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("rows");
    for (Map<String, Object> row : rows) {
      Map<String, Object> rowModel = new LinkedHashMap<>(model);
      rowModel.put("row", row);
      files.add(new GeneratedFile("requests/" + row.get("id") + ".row", context.templates().render("kamailio/request.row.ftl", rowModel), false));
    }
    return files;
  }

  private static GeneratedFile file(RenderContext context, String path, Map<String, Object> model, boolean executable) {
    return new GeneratedFile(path, context.templates().render("kamailio/" + path + ".ftl", model), executable);
  }

  private static void check(Plan plan, RenderContext context) throws RenderException {
    List<Diagnostic> problems = new ArrayList<>();
    for (Activation a : plan.activations()) {
      if (a.trunk().gateway().isEmpty()) {
        problems.add(
            new Diagnostic(
                new SourcePosition(a.source().file(), a.source().line(), 0),
                "trunk.gateway",
                "expected the SIP address of the call center's trunk for the kamailio target (e.g. gateway: \"sip:192.0.2.10:5060\"), but request '" + a.id() + "' has none"));
      } else if (!a.trunk().gateway().get().transport().equals("udp")) {
        problems.add(
            new Diagnostic(
                new SourcePosition(a.source().file(), a.source().line(), 0),
                "trunk.gateway",
                "expected a UDP gateway for the kamailio target (it listens on UDP only), but request '" + a.id() + "' has " + a.trunk().gateway().get()));
      }
    }
    String dir = context.targetDir().toString();
    if (!SAFE_DIR.matcher(dir).matches()) {
      problems.add(
          new Diagnostic(
              SourcePosition.ofFile(dir),
              "--out",
              "expected an output folder whose path has only letters, digits and / . _ + @ - (Kamailio reads it inside quoted strings), but got '" + dir + "'"));
    }
    if (!problems.isEmpty()) {
      throw new RenderException(problems);
    }
  }

  private Map<String, Object> model(Plan plan, RenderContext context) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", Version.current());
    m.put("target", name());
    m.put("sources", plan.sources());
    m.put("ids", plan.activations().stream().map(Activation::id).toList());
    m.put("dir", context.targetDir().toString());
    m.put("dpid", DialplanRow.DPID);
    List<Map<String, Object>> rows = new ArrayList<>();
    int rowId = 1;
    for (Activation a : plan.activations()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", a.id());
      r.put("service", a.service().digits());
      r.put("area", a.network().area().code().digits());
      r.put("cityZh", a.network().area().cityZh());
      r.put("cityEn", a.network().area().cityEn());
      r.put("provinceZh", a.network().area().provinceZh());
      r.put("provinceEn", a.network().area().provinceEn());
      r.put("bound", a.huntGroup().pilot().display());
      r.put("lines", a.huntGroup().lines().stream().map(PhoneNumber::display).toList());
      r.put("trunk", a.trunk().describe() + " (at most " + a.trunk().channels() + " calls)");
      r.put("gateway", a.trunk().gateway().orElseThrow().toString());
      r.put("charging", a.charging().id());
      r.put("noAnswer", a.noAnswerSeconds());
      r.put("remoteSeats", a.remoteSeats() ? " (remote seats: the call center is in another network)" : "");
      r.put("line", DialplanRow.line(a, rowId++));
      rows.add(r);
    }
    m.put("rows", rows);
    return m;
  }
}
