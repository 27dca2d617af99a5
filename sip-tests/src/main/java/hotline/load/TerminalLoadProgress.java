package hotline.load;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The live line of a load run: engine, rate, calls placed, answered, failed, time. On a terminal
 * the line is redrawn at most 4 times a second; in a log (CI) a line is printed at most every 5
 * seconds. Each trial ends with a summary line.
 */
public final class TerminalLoadProgress implements LoadProgress {
  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  // guarded by this
  private String label = "";
  private long planned;
  private long started = System.nanoTime();
  private long lastPrint;

  public TerminalLoadProgress(PrintWriter err) {
    this.err = err;
    this.terminal = System.console() != null;
    this.intervalNanos = terminal ? 250_000_000L : 5_000_000_000L;
  }

  @Override
  public synchronized void trialStarted(Engine engine, int rate, long plannedCalls) {
    label = engine.id() + " " + rate + "/s";
    planned = plannedCalls;
    started = System.nanoTime();
    lastPrint = started;
  }

  @Override
  public synchronized void update(long attempted, long answered, long failed) {
    long now = System.nanoTime();
    if (now - lastPrint < intervalNanos) {
      return;
    }
    lastPrint = now;
    err.printf(Locale.ROOT, "%sload %s: %d/%d placed, %d answered, %d failed, %.1f s%s", terminal ? "\r" : "", label, attempted, planned, answered, failed, (now - started) / 1e9, terminal ? "" : "\n");
    err.flush();
  }

  @Override
  public synchronized void note(String text) {
    err.println(text);
    err.flush();
  }

  @Override
  public synchronized void trialDone(LoadResult r) {
    err.printf(Locale.ROOT, "%sload %s: %d/%d placed, %d answered, %d failed (%d wrong line), %.0f/s achieved, setup p50 %.1f ms p99 %.1f ms -> %s%n",
        terminal ? "\r" : "", label, r.attempted(), r.planned(), r.answered(), r.failed(), r.wrongLine(), r.achievedRate(), r.setup().p50Ms(), r.setup().p99Ms(), r.clean() ? "clean" : "NOT clean");
    err.flush();
  }
}
