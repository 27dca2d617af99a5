package hotline.faults;

import hotline.sut.ProcessResult;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A network namespace of the test's own joined to the root namespace by a veth pair, with {@code
 * tc netem} impairing both directions. Addresses are a /30 from the documentation range
 * 198.51.100.0/24 (192.0.2.0/24 may be the host's own); names carry a random suffix so parallel
 * runs do not collide. Traffic stays on the pair: nothing is routed beyond it.
 */
final class NetworkNamespacePair implements AutoCloseable {
  private static final Duration COMMAND = Duration.ofSeconds(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  final String namespace;
  final String rootSide;
  final String nsSide;
  final String rootAddress;
  final String nsAddress;

  private NetworkNamespacePair(String suffix, int block) {
    this.namespace = "hotline-" + suffix;
    this.rootSide = "hl" + suffix + "r";
    this.nsSide = "hl" + suffix + "n";
    this.rootAddress = "198.51.100." + (block * 4 + 1);
    this.nsAddress = "198.51.100." + (block * 4 + 2);
  }

  /**
   * Creates the pair with the impairment on both ends, or says why it cannot be made here.
   *
   * @param netem the {@code tc netem} parameters, e.g. {@code delay 50ms loss 5%}
   * @return the pair, or the reason it could not be created (not root, no iproute2, no netem)
   */
  static Result create(List<String> netem) {
    if (!"0".equals(run(List.of("id", "-u")).output().trim())) {
      return new Result(Optional.empty(), "network namespaces need root, and this test runs as uid " + run(List.of("id", "-u")).output().trim());
    }
    String suffix = Long.toHexString(RANDOM.nextLong() & 0xffffffL);
    int block = freeBlock();
    NetworkNamespacePair pair = new NetworkNamespacePair(suffix, block);
    try {
      String why = pair.setUp(netem);
      if (why != null) {
        pair.close();
        return new Result(Optional.empty(), why);
      }
    } catch (RuntimeException e) {
      pair.close();
      throw e;
    }
    return new Result(Optional.of(pair), "");
  }

  /** The pair, or why there is none. */
  record Result(Optional<NetworkNamespacePair> pair, String whyNot) {}

  /** {@code ip netns exec NS}: runs a program inside the namespace. */
  List<String> launcher() {
    return List.of("ip", "netns", "exec", namespace);
  }

  private String setUp(List<String> netem) {
    ProcessResult add = run(List.of("ip", "netns", "add", namespace));
    if (add.exitCode() != 0) {
      return "cannot create a network namespace (ip netns add): " + add.output().trim();
    }
    require(List.of("ip", "netns", "exec", namespace, "ip", "link", "set", "lo", "up"));
    require(List.of("ip", "link", "add", rootSide, "type", "veth", "peer", "name", nsSide));
    require(List.of("ip", "link", "set", nsSide, "netns", namespace));
    require(List.of("ip", "addr", "add", rootAddress + "/30", "dev", rootSide));
    require(List.of("ip", "link", "set", rootSide, "up"));
    require(List.of("ip", "netns", "exec", namespace, "ip", "addr", "add", nsAddress + "/30", "dev", nsSide));
    require(List.of("ip", "netns", "exec", namespace, "ip", "link", "set", nsSide, "up"));
    List<String> rootQdisc = new ArrayList<>(List.of("tc", "qdisc", "add", "dev", rootSide, "root", "netem"));
    rootQdisc.addAll(netem);
    ProcessResult q = run(rootQdisc);
    if (q.exitCode() != 0) {
      return "tc netem is not available in this kernel (" + String.join(" ", rootQdisc) + ": " + q.output().trim() + "); load sch_netem to run this test";
    }
    List<String> nsQdisc = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
    nsQdisc.addAll(rootQdisc);
    nsQdisc.set(nsQdisc.indexOf(rootSide), nsSide);
    require(nsQdisc);
    return null;
  }

  /** A /30 of 198.51.100.0/24 no interface here uses yet. */
  private static int freeBlock() {
    String used = run(List.of("ip", "-o", "-4", "addr", "show")).output();
    for (int tries = 0; tries < 64; tries++) {
      int block = RANDOM.nextInt(64);
      if (!used.contains("198.51.100." + (block * 4 + 1) + "/")) {
        return block;
      }
    }
    throw new IllegalStateException("no free /30 left in 198.51.100.0/24:\n" + used);
  }

  private static void require(List<String> command) {
    ProcessResult r = run(command);
    if (r.exitCode() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + r.exitCode() + "): " + r.output());
    }
  }

  private static ProcessResult run(List<String> command) {
    return ProcessResult.run(command, COMMAND);
  }

  /** Deletes the veth pair (both ends) and the namespace; never throws. */
  @Override
  public void close() {
    run(List.of("ip", "link", "del", rootSide));
    run(List.of("ip", "netns", "del", namespace));
  }
}
