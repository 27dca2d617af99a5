package hotline.cli;

import hotline.diagnostics.DiagnosticFormatter;
import hotline.diagnostics.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints invalid input compiler style and gives the exit code for it. */
final class Diagnostics {
  private Diagnostics() {}

  static int print(InvalidInputException e, Map<String, List<String>> sources, PrintWriter err) {
    err.print(new DiagnosticFormatter(sources).format(e.diagnostics()));
    err.flush();
    return Main.INVALID;
  }
}
