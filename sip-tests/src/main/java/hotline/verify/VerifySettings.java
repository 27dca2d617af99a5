package hotline.verify;

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
 */
public record VerifySettings(List<Path> files, Path out, SutSpec sut, String bindHost, int bindPort, Set<Check> checks, int parallelism) {
  public VerifySettings {
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
}
