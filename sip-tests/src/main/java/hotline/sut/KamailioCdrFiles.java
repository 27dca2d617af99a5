package hotline.sut;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The call records the generated Kamailio configuration writes through {@code acc} and {@code
 * db_flatstore}: one '|'-separated line per record in {@code cdr/cdr_<process>.log}. The column
 * order is the acc module's seven standard columns, then the configuration's {@code db_extra}
 * list, in the order of {@link #COLUMNS}.
 */
public final class KamailioCdrFiles implements CdrSource {
  /** The columns of one line; must match {@code db_extra} in templates/kamailio/kamailio.cfg.ftl. */
  public static final List<String> COLUMNS =
      List.of(
          "method", "from_tag", "to_tag", "callid", "sip_code", "sip_reason", "time",
          "caller", "dialled", "translated", "line", "charging", "request_id", "result", "start_time", "answer_time", "end_time", "duration");

  private final Path dir;

  KamailioCdrFiles(Path dir) {
    this.dir = dir;
  }

  @Override
  public List<CdrRecord> records(String callId) {
    return all().stream().filter(r -> r.callId().equals(callId)).toList();
  }

  /**
   * Waits for the record on the folder's change events (inotify through {@link WatchService}),
   * not by sleeping: the watch is registered before the first look, so no write is missed.
   */
  @Override
  public CdrRecord awaitRecord(String callId, Duration timeout) throws SwitchException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (WatchService watch = dir.getFileSystem().newWatchService()) {
      dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      while (true) {
        List<CdrRecord> found = records(callId);
        if (!found.isEmpty()) {
          return found.get(found.size() - 1);
        }
        long left = deadline - System.nanoTime();
        WatchKey key = left > 0 ? watch.poll(left, TimeUnit.NANOSECONDS) : null;
        if (key == null) {
          throw new SwitchException("no call record for Call-ID " + callId + " in " + dir + " within " + timeout.toMillis() + " ms");
        }
        key.pollEvents();
        key.reset();
      }
    } catch (IOException e) {
      throw new SwitchException("cannot watch " + dir + " for call records: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SwitchException("interrupted while waiting for the call record of " + callId, e);
    }
  }

  /** Every record in the folder. */
  public List<CdrRecord> all() {
    List<CdrRecord> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          parse(line).ifPresent(out::add);
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** One line as a record; lines of another shape (a half-written last line) are skipped. */
  static java.util.Optional<CdrRecord> parse(String line) {
    String[] f = line.split("\\|", -1);
    if (f.length != COLUMNS.size()) {
      return java.util.Optional.empty();
    }
    int status;
    try {
      status = Integer.parseInt(f[13].isEmpty() ? f[4] : f[13]);
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
    Instant written = epoch(f[16]).or(() -> epoch(f[14])).orElse(Instant.EPOCH);
    return java.util.Optional.of(new CdrRecord(f[3], f[12], f[7], f[8], f[9], f[10], f[11], status, written));
  }

  private static java.util.Optional<Instant> epoch(String s) {
    try {
      return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(s.trim())));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
