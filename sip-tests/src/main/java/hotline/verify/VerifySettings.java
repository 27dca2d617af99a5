package hotline.verify;

import hotline.load.Engine;
import hotline.plan.Check;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code hotline verify} was asked to do, validated.
 *
 * @param files the request files
 * @param out where the generated switch data, results.json, junit.xml and the report go
 * @param sut the switch to call through
 * @param bindHost the address the harness's caller and call center listen on (loopback unless told)
 * @param bindPort the call center's port, 0 for a free one (a lab switch needs a fixed one)
 * @param checks the checks to run
 * @param parallelism activations checked at the same time
 * @param engine who places the route, origin and exact-number calls: the JAIN-SIP endpoints, or
 *     SIPp (then only those checks can run, on the embedded Kamailio or its container)
 */
public record VerifySettings(List<Path> files, Path out, SutSpec sut, String bindHost, int bindPort, Set<Check> checks, int parallelism, Engine engine) {
  public VerifySettings {
    Objects.requireNonNull(engine, "engine");
    if (engine == Engine.SIPP && !SippTestCalls.CHECKS.containsAll(checks)) {
      throw new IllegalArgumentException("--engine sipp: expected checks among route, origin, exact-number (the others program the JAIN-SIP call center's lines), but got "
          + checks.stream().filter(c -> !SippTestCalls.CHECKS.contains(c)).map(Check::id).sorted().toList());
    }
    if (engine == Engine.SIPP && sut.kind() == SutSpec.Kind.EXTERNAL) {
      throw new IllegalArgumentException("--engine sipp: expected --sut kamailio or container (the SIPp call center listens on loopback), but got a lab switch");
    }
    files = List.copyOf(files);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(sut, "sut");
    Objects.requireNonNull(bindHost, "bindHost");
    checks = Set.copyOf(checks);
    if (files.isEmpty() || checks.isEmpty()) {
      throw new IllegalArgumentException("expected at least one file and one check");
    }
    if (bindPort < 0 || bindPort > 65535) {
      throw new IllegalArgumentException("expected a port 0-65535, but got " + bindPort);
    }
  }

  /** Settings for the harness's own JAIN-SIP engine. */
  public VerifySettings(List<Path> files, Path out, SutSpec sut, String bindHost, int bindPort, Set<Check> checks, int parallelism) {
    this(files, out, sut, bindHost, bindPort, checks, parallelism, Engine.JAIN);
  }
}
