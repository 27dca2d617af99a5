package hotline.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The UDP sockets a process holds and the addresses they are bound to, as the kernel reports them
 * (Linux /proc): the process's socket inodes in {@code /proc/PID/fd}, matched against {@code
 * /proc/net/udp} and {@code udp6}.
 */
final class UdpSockets {
  private UdpSockets() {}

  /** The local addresses of every UDP socket of the processes (all in this network namespace). */
  static Set<InetSocketAddress> boundBy(Stream<ProcessHandle> processes) throws IOException {
    Map<String, InetSocketAddress> byInode = new HashMap<>();
    table(Path.of("/proc/net/udp"), byInode);
    table(Path.of("/proc/net/udp6"), byInode);
    Set<InetSocketAddress> bound = new LinkedHashSet<>();
    for (ProcessHandle p : processes.toList()) {
      Path fds = Path.of("/proc", Long.toString(p.pid()), "fd");
      List<Path> links;
      try (Stream<Path> s = Files.list(fds)) {
        links = s.toList();
      } catch (IOException e) {
        continue; // the process ended meanwhile
      }
      for (Path fd : links) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            InetSocketAddress a = byInode.get(target.substring(8, target.length() - 1));
            if (a != null) {
              bound.add(a);
            }
          }
        } catch (IOException e) {
          // the descriptor was closed meanwhile
        }
      }
    }
    return bound;
  }

  private static void table(Path file, Map<String, InetSocketAddress> byInode) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.trim().split("\\s+");
      String[] local = f[1].split(":");
      byInode.put(f[9], new InetSocketAddress(address(local[0]), Integer.parseInt(local[1], 16)));
    }
  }

  /** A /proc/net address: the kernel's 32-bit words, each in host (little-endian) byte order. */
  private static InetAddress address(String hex) throws UnknownHostException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int at = word * 8 + (3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes);
  }
}
