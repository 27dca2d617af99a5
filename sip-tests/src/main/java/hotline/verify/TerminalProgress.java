package hotline.verify;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress line while calls run: calls done, failed, time. On a terminal one line is redrawn at
 * most 4 times a second; in a log (CI) a new line is printed at most every 5 seconds.
 */
public final class TerminalProgress implements Progress {
  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong lastPrint = new AtomicLong();
  private final long start = System.nanoTime();
  private final boolean terminal;
  private final long intervalNanos;

  public TerminalProgress(PrintWriter err) {
    this.err = err;
    this.terminal = System.console() != null;
    this.intervalNanos = terminal ? 250_000_000L : 5_000_000_000L;
  }

  @Override
  public void callDone(CallRecord record) {
    done.incrementAndGet();
    if (!record.passed()) {
      failed.incrementAndGet();
    }
    long now = System.nanoTime();
    long last = lastPrint.get();
    if (now - last > intervalNanos && lastPrint.compareAndSet(last, now)) {
      print(terminal ? "\r" : "");
      if (!terminal) {
        synchronized (err) {
          err.println();
        }
      }
    }
  }

  /** The final line, ending with a newline. */
  public void finish() {
    print(terminal ? "\r" : "");
    synchronized (err) {
      err.println();
      err.flush();
    }
  }

  private void print(String prefix) {
    double seconds = (System.nanoTime() - start) / 1e9;
    synchronized (err) {
      err.printf("%scalls: %d done, %d failed, %.1f s", prefix, done.get(), failed.get(), seconds);
      err.flush();
    }
  }
}
