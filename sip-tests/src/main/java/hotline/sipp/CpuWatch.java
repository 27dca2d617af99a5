package hotline.sipp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches how much CPU one process uses (from {@code /proc/<pid>/stat}) and how busy the whole
 * machine is (from {@code /proc/stat}), sampled at a fixed interval: a load generator that uses
 * a whole core, or a machine with no idle time left, cannot be trusted to measure the switch.
 * On systems without {@code /proc} it reports nothing.
 */
public final class CpuWatch implements AutoCloseable {
  /** Linux's USER_HZ: the unit of the times in /proc (100 on every mainstream architecture). */
  private static final double TICKS_PER_SECOND = 100.0;

  private final long pid;
  private final ScheduledExecutorService timer;
  private final long startNanos = System.nanoTime();
  private final Optional<Long> startTicks;
  // guarded by this
  private long lastNanos = startNanos;
  private Optional<Long> lastTicks;
  private Optional<long[]> lastMachine;
  private double peakPercent;
  private double machinePeakBusy;
  private long lastSeenTicks;

  private CpuWatch(long pid, long intervalMillis) {
    this.pid = pid;
    this.startTicks = processTicks(pid);
    this.lastTicks = startTicks;
    this.lastSeenTicks = startTicks.orElse(0L);
    this.lastMachine = machineTicks();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "hotline-cpu-watch-" + pid);
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::sample, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Starts watching {@code pid} every {@code intervalMillis} (at least 100 ms). */
  public static CpuWatch of(long pid, long intervalMillis) {
    if (intervalMillis < 100) {
      throw new IllegalArgumentException("expected a sampling interval of at least 100 ms, but got " + intervalMillis);
    }
    return new CpuWatch(pid, intervalMillis);
  }

  /** Watches this JVM. */
  public static CpuWatch ofThisProcess(long intervalMillis) {
    return of(ProcessHandle.current().pid(), intervalMillis);
  }

  /**
   * What was seen so far.
   *
   * @return peak and average CPU of the process in percent of one core (200 = two cores busy),
   *     and the machine's busiest interval in percent of all cores
   */
  public synchronized CpuReport report() {
    double seconds = (lastNanos - startNanos) / 1e9;
    double average = startTicks.isPresent() && seconds > 0 ? 100.0 * (lastSeenTicks - startTicks.get()) / TICKS_PER_SECOND / seconds : 0;
    return new CpuReport(peakPercent, average, machinePeakBusy);
  }

  /** Takes a last sample and stops watching. */
  @Override
  public void close() {
    timer.shutdownNow();
    sample();
  }

  private synchronized void sample() {
    long now = System.nanoTime();
    Optional<Long> ticks = processTicks(pid);
    double seconds = (now - lastNanos) / 1e9;
    if (ticks.isPresent() && lastTicks.isPresent() && seconds > 0.05) {
      double percent = 100.0 * (ticks.get() - lastTicks.get()) / TICKS_PER_SECOND / seconds;
      peakPercent = Math.max(peakPercent, percent);
    }
    Optional<long[]> machine = machineTicks();
    if (machine.isPresent() && lastMachine.isPresent()) {
      long total = machine.get()[0] - lastMachine.get()[0];
      long idle = machine.get()[1] - lastMachine.get()[1];
      if (total > 0) {
        machinePeakBusy = Math.max(machinePeakBusy, 100.0 * (total - idle) / total);
      }
    }
    if (ticks.isPresent()) {
      lastSeenTicks = ticks.get();
      lastTicks = ticks;
      lastNanos = now;
    }
    lastMachine = machine;
  }

  /** utime + stime of a process, in ticks; empty once it has gone. */
  static Optional<Long> processTicks(long pid) {
    try {
      return Optional.of(parseProcessTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** utime + stime from a /proc/PID/stat line (the command name may hold spaces and brackets). */
  static long parseProcessTicks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // fields[0] is field 3 (state): utime is field 14, stime field 15
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** {total, idle + iowait} ticks of all cores from /proc/stat. */
  private static Optional<long[]> machineTicks() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0);
      String[] f = first.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      return Optional.of(new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * CPU use over a watch.
   *
   * @param peakPercent the busiest sampling interval of the process, percent of one core
   * @param averagePercent the whole watch, percent of one core
   * @param machinePeakBusyPercent the busiest interval of the machine, percent of all cores
   */
  public record CpuReport(double peakPercent, double averagePercent, double machinePeakBusyPercent) {
    /** Nothing measured. */
    public static final CpuReport NONE = new CpuReport(0, 0, 0);
  }
}
