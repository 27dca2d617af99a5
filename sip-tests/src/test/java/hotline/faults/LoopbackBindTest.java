package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.plan.Check;
import hotline.sut.FreePorts;
import hotline.verify.Progress;
import hotline.verify.SutSpec;
import hotline.verify.VerifyResults;
import hotline.verify.VerifyRun;
import hotline.verify.VerifySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the harness listens, as the kernel reports it while calls run: loopback by default, on
 * ephemeral ports; the {@code --bind} address (and port, when given) otherwise. The switch itself
 * listens on loopback.
 */
@Tag("kamailio")
class LoopbackBindTest {
  @TempDir Path temp;

  @Test
  void listensOnLoopbackOnFreePortsByDefault() throws Exception {
    Set<InetSocketAddress> sockets = socketsDuringRun("127.0.0.1", 0);

    assertThat(sockets).as("the caller's, call center's and Kamailio's sockets").hasSizeGreaterThanOrEqualTo(3);
    assertThat(sockets).allSatisfy(a -> {
      assertThat(a.getAddress().getHostAddress()).as("%s", a).isEqualTo("127.0.0.1");
      assertThat(a.getPort()).as("%s: an ephemeral port", a).isGreaterThanOrEqualTo(1024);
    });
  }

  @Test
  void bindChoosesTheHarnessAddressAndFixedPort() throws Exception {
    int fixed = FreePorts.udp("127.0.0.2");
    Set<InetSocketAddress> sockets = socketsDuringRun("127.0.0.2", fixed);

    assertThat(sockets).contains(new InetSocketAddress("127.0.0.2", fixed));
    assertThat(sockets).filteredOn(a -> a.getAddress().getHostAddress().equals("127.0.0.2")).as("caller and call center").hasSizeGreaterThanOrEqualTo(2);
    assertThat(sockets).allSatisfy(a -> assertThat(a.getAddress().getHostAddress()).as("%s", a).isIn("127.0.0.1", "127.0.0.2"));
  }

  @Test
  void bindOptionReachesTheTrunkGateway() throws Exception {
    int fixed = FreePorts.udp("127.0.0.2");
    Path out = temp.resolve("cli");
    CliRun run = CliRun.of("verify", Checkout.fixture("requests/beijing.yaml").toString(), "--checks", "route", "--bind", "127.0.0.2:" + fixed, "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("plan.json"))).contains("\"gateway\" : \"sip:127.0.0.2:" + fixed + "\"");
  }

  /** The UDP sockets this JVM opened for the run, and Kamailio's, seen at the first finished call. */
  private Set<InetSocketAddress> socketsDuringRun(String bindHost, int bindPort) throws Exception {
    Path out = temp.resolve(bindHost + "-" + bindPort);
    Set<InetSocketAddress> before = UdpSockets.boundBy(Stream.of(ProcessHandle.current()));
    AtomicReference<Set<InetSocketAddress>> seen = new AtomicReference<>();
    Progress sample = r -> {
      if (seen.get() == null) {
        try {
          Set<InetSocketAddress> now = new HashSet<>(UdpSockets.boundBy(Stream.concat(Stream.of(ProcessHandle.current()), SwitchProcesses.runningFrom(out.resolve("kamailio")).stream())));
          now.removeAll(before);
          seen.compareAndSet(null, now);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    VerifyResults results = new VerifyRun(new VerifySettings(List.of(Checkout.fixture("requests/beijing.yaml")), out, SutSpec.parse("kamailio"), bindHost, bindPort, EnumSet.of(Check.ROUTE), 1), sample).execute();
    assertThat(results.allPassed()).as("%s", results.checks()).isTrue();
    System.out.printf("bound while calls ran (--bind %s:%d): %s%n", bindHost, bindPort, seen.get());
    return seen.get();
  }
}
