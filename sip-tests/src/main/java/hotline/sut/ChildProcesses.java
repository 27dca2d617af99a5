package hotline.sut;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every process the harness starts is registered here and stopped when the harness is done with
 * it, on failure, and on Ctrl-C or SIGTERM (one JVM shutdown hook): first SIGTERM to the process
 * and its descendants, then SIGKILL to whatever is left after a grace period.
 */
public final class ChildProcesses {
  private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();
  private static final Map<ProcessHandle, Set<ProcessHandle>> ADOPTED = new ConcurrentHashMap<>();
  private static final Duration GRACE = Duration.ofSeconds(5);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopAll, "hotline-child-reaper"));
  }

  private ChildProcesses() {}

  /** Registers a process to stop at the latest when the JVM exits. */
  public static void register(Process process) {
    LIVE.add(process.toHandle());
  }

  /**
   * Remembers the process's descendants as they are now, so they are stopped with it even when the
   * process itself dies first: its orphans are re-parented and no longer show as its descendants
   * (a Kamailio whose main process is killed leaves its workers serving SIP on the port).
   */
  public static void adoptDescendants(Process process) {
    ProcessHandle parent = process.toHandle();
    process.descendants().forEach(d -> ADOPTED.computeIfAbsent(parent, p -> ConcurrentHashMap.newKeySet()).add(d));
  }

  /** Stops a process and its descendants; returns once they are gone (or killed). */
  public static void stop(Process process) {
    stop(process.toHandle());
  }

  /** The processes still registered or adopted, alive (for tests that assert nothing is left). */
  public static Set<ProcessHandle> live() {
    LIVE.removeIf(h -> !h.isAlive() && ADOPTED.getOrDefault(h, Set.of()).stream().noneMatch(ProcessHandle::isAlive));
    Set<ProcessHandle> alive = new HashSet<>();
    for (ProcessHandle h : LIVE) {
      alive.add(h);
      alive.addAll(ADOPTED.getOrDefault(h, Set.of()));
    }
    alive.removeIf(h -> !h.isAlive());
    return Set.copyOf(alive);
  }

  private static void stop(ProcessHandle handle) {
    Set<ProcessHandle> family = new LinkedHashSet<>();
    family.add(handle);
    handle.descendants().forEach(family::add);
    family.addAll(ADOPTED.getOrDefault(handle, Set.of()));
    family.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : family) {
      try {
        h.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
    for (ProcessHandle h : family) {
      if (h.isAlive()) {
        h.destroyForcibly();
        try {
          h.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
          // the kernel did not reap it in time; nothing more can be done from here
        }
      }
    }
    LIVE.remove(handle);
    ADOPTED.remove(handle);
  }

  private static void stopAll() {
    for (ProcessHandle h : Set.copyOf(LIVE)) {
      stop(h);
    }
  }
}
