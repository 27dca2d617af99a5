package hotline.faults;

import hotline.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One {@code hotline} command run in this JVM through {@link Main#run}, as a user would type it.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 * @param elapsedMs wall time from start to exit code
 */
record CliRun(int exit, String out, String err, long elapsedMs) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
  }
}
