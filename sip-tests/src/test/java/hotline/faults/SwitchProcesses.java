package hotline.faults;

import hotline.sut.ChildProcesses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds and kills the switch processes of a test run, as an operator's crash would. */
final class SwitchProcesses {
  private SwitchProcesses() {}

  /** Every live process whose command line names {@code dir} (its configuration folder), from /proc. */
  static List<ProcessHandle> runningFrom(Path dir) {
    String needle = dir.toAbsolutePath().toString();
    return ProcessHandle.allProcesses().filter(h -> h.isAlive() && h.info().commandLine().map(c -> c.contains(needle)).orElse(false)).toList();
  }

  /** The harness's Kamailio main process: the registered child of this JVM running kamailio. */
  static ProcessHandle kamailioMain() {
    return ChildProcesses.live().stream()
        .filter(h -> h.parent().map(ProcessHandle.current()::equals).orElse(false))
        .filter(h -> h.info().command().map(c -> c.endsWith("kamailio")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no kamailio child among " + ChildProcesses.live()));
  }

  /** SIGKILL to each process, then waits (bounded) until each is gone. */
  static void kill(Stream<ProcessHandle> processes, Duration timeout) {
    for (ProcessHandle h : processes.toList()) {
      h.destroyForcibly();
      try {
        h.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        throw new AssertionError("process " + h.pid() + " did not end within " + timeout + " of SIGKILL", e);
      }
    }
  }
}
