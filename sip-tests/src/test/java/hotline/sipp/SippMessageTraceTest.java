package hotline.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SippMessageTraceTest {
  private static final String INVITE = "INVITE sip:12333@127.0.0.1:5060 SIP/2.0\r\nCall-ID: 1-9@127.0.0.1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
  private static final String RINGING = "SIP/2.0 180 Ringing\r\nCall-ID: 1-9@127.0.0.1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
  private static final String OK_WITH_BODY = "SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nContent-Length: 9\r\n\r\nv=0\r\ns=-\r\n";

  @Test
  void messagesWithTheirTimesDirectionsAndExactBytes(@TempDir Path dir) throws IOException {
    Path trace = dir.resolve("messages.log");
    Files.writeString(trace,
        entry("2026-12-04 16:02:16.296689", "UDP message sent (85 bytes):", INVITE)
            + entry("2026-12-04 16:02:16.296947", "UDP message received [80] bytes :", RINGING)
            + entry("2026-12-04\t16:02:16.298169", "UDP message received [60] bytes :", OK_WITH_BODY),
        StandardCharsets.ISO_8859_1);

    List<SippMessageTrace.Message> messages = SippMessageTrace.read(trace, ZoneOffset.ofHours(8));

    assertThat(messages).extracting(SippMessageTrace.Message::sent).containsExactly(true, false, false);
    assertThat(messages).extracting(SippMessageTrace.Message::raw).containsExactly(INVITE, RINGING, OK_WITH_BODY);
    assertThat(messages).extracting(SippMessageTrace.Message::at).containsExactly(
        Instant.parse("2026-12-04T08:02:16.296689Z"), Instant.parse("2026-12-04T08:02:16.296947Z"), Instant.parse("2026-12-04T08:02:16.298169Z"));
    assertThat(messages.get(0).firstLine()).isEqualTo("INVITE sip:12333@127.0.0.1:5060 SIP/2.0");
    assertThat(messages).extracting(SippMessageTrace.Message::status).containsExactly(0, 180, 200);
    assertThat(messages).extracting(SippMessageTrace.Message::cseqMethod).containsOnly("INVITE");
  }

  @Test
  void aTraceCutShortKeepsItsCompleteLines(@TempDir Path dir) throws IOException {
    Path trace = dir.resolve("messages.log");
    String whole = entry("2026-12-04 16:02:16.296689", "UDP message sent (85 bytes):", INVITE);
    Files.writeString(trace, whole + "----------------------------------------------- 2026-12-04 16:02:16.2969", StandardCharsets.ISO_8859_1);
    assertThat(SippMessageTrace.read(trace, ZoneOffset.UTC)).extracting(SippMessageTrace.Message::raw).containsExactly(INVITE);

    Files.writeString(trace, whole + "----------------------------------------------- 2026-12-04 16:02:16.296947\nUDP mess", StandardCharsets.ISO_8859_1);
    assertThat(SippMessageTrace.read(trace, ZoneOffset.UTC)).extracting(SippMessageTrace.Message::raw).containsExactly(INVITE);
  }

  @Test
  void anAbsentTraceHasNoMessages(@TempDir Path dir) throws IOException {
    assertThat(SippMessageTrace.read(dir.resolve("none.log"), ZoneId.of("UTC"))).isEmpty();
  }

  @Test
  void somethingElseIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path trace = dir.resolve("messages.log");
    Files.writeString(trace, entry("2026-12-04 16:02:16.296689", "UDP message sent (85 bytes):", INVITE).replace("UDP message sent", "UDP mystery"));

    assertThatThrownBy(() -> SippMessageTrace.read(trace, ZoneId.of("UTC")))
        .isInstanceOf(IOException.class)
        .hasMessage(trace + ":2: expected 'UDP message sent' or 'received' after the separator");
  }

  /** One entry as SIPp writes it: separator, direction, blank line, message, blank line. */
  private static String entry(String stamp, String direction, String message) {
    return "----------------------------------------------- " + stamp + "\n" + direction + "\n\n" + message + "\n";
  }
}
