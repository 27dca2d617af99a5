package hotline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.Checkout;
import hotline.sut.ExternalSwitch;
import hotline.sut.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --sut udp:HOST:PORT} where no switch answers: nothing on the port, or a port held
 * by something that is not SIP. Each run ends within the connect timeout with exit code 1 and a
 * message naming the address. The four cases run at the same time (each waits the full timeout).
 */
class SwitchDownTest {
  /**
   * Loading the plan, generating the office data, opening and closing the endpoints: about 1 s on
   * an idle machine, up to 6 s measured with four runs in parallel on two shared cores.
   */
  private static final long SETUP_SLACK_MS = 10_000;

  @TempDir Path temp;

  @Test
  void verifyFailsWithinTheConnectTimeoutNamingTheAddress() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (NotSipListener swallowing = NotSipListener.swallowing();
        NotSipListener garbage = NotSipListener.answering("\u0000\u00ffHTTP/1.1 400 Bad Request\r\n\r\n");
        NotSipListener sipError = NotSipListener.answering("SIP/2.0 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put("nothing on the port", FreePorts.udp("127.0.0.1"));
      ports.put("a socket that swallows everything", swallowing.port());
      ports.put("a socket that answers garbage", garbage.port());
      ports.put("a socket that answers 503 to OPTIONS", sipError.port());
      Map<String, CompletableFuture<CliRun>> runs = new LinkedHashMap<>();
      ports.forEach((name, port) -> runs.put(name, CompletableFuture.supplyAsync(() -> verify(name, port), pool)));

      long bound = ExternalSwitch.CONNECT_TIMEOUT.toMillis() + SETUP_SLACK_MS;
      for (var e : runs.entrySet()) {
        CliRun run = e.getValue().join();
        String address = "127.0.0.1:" + ports.get(e.getKey());
        System.out.printf("switch down (%s): verdict after %d ms, exit %d: %s", e.getKey(), run.elapsedMs(), run.exit(), run.err());
        assertThat(run.exit()).as(e.getKey()).isEqualTo(1);
        assertThat(run.err()).as(e.getKey()).contains("did not answer SIP OPTIONS", address, ExternalSwitch.CONNECT_TIMEOUT.toMillis() + " ms").doesNotContain("Exception");
        assertThat(run.elapsedMs()).as(e.getKey()).isBetween(ExternalSwitch.CONNECT_TIMEOUT.toMillis(), bound);
        assertThat(temp.resolve(slug(e.getKey())).resolve("results.json")).as("no results without a switch").doesNotExist();
      }
      assertThat(runs.get("a socket that answers garbage").join().err()).contains("'\\u0000\u00ffHTTP/1.1 400 Bad Request'");
      assertThat(runs.get("a socket that answers 503 to OPTIONS").join().err()).contains("'SIP/2.0 503 Service Unavailable'");
    } finally {
      pool.shutdownNow();
    }
  }

  private static String slug(String name) {
    return name.replaceAll("[^a-z0-9]+", "-");
  }

  private CliRun verify(String name, int port) {
    Path out = temp.resolve(slug(name));
    assertThat(Files.exists(out)).isFalse();
    return CliRun.of("verify", Checkout.fixture("requests/beijing.yaml").toString(), "--sut", "udp:127.0.0.1:" + port, "--out", out.toString());
  }
}
