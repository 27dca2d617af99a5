package hotline.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hotline.diagnostics.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be stored as text fixtures: NUL bytes, invalid UTF-8, oversize files. Each is
 * refused before parsing with the place of the first bad byte.
 */
class SourceTextTest {
  @TempDir Path temp;

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }

  private static String headline(String name, byte[] bytes) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SourceText.decode(name, bytes));
    assertThat(e).as("decoding is refused").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0).headline();
  }

  @Test
  void plainUtf8IsDecoded() throws Exception {
    SourceText t = SourceText.decode("a.yaml", bytes("# 广州\nrequests: []\n"));
    assertThat(t.text()).isEqualTo("# 广州\nrequests: []\n");
    assertThat(t.lines()).containsExactly("# 广州", "requests: []");
  }

  @Test
  void aByteOrderMarkIsDropped() throws Exception {
    SourceText t = SourceText.decode("a.yaml", bytes(0xef, 0xbb, 0xbf, "requests: []\n"));
    assertThat(t.text()).isEqualTo("requests: []\n");
  }

  @Test
  void aNulByteIsRefusedWithItsPlace() {
    assertThat(headline("nul.yaml", bytes("requests:\n  - id: a", 0, "b\n")))
        .isEqualTo("nul.yaml:2:10: error: expected text, but got a NUL byte");
  }

  @Test
  void invalidUtf8IsRefusedWithTheBytesLineAndColumn() {
    assertThat(headline("latin1.yaml", bytes("# ok\nrequests:\n  - id: caf", 0xe9, "\n")))
        .isEqualTo("latin1.yaml:3:12: error: expected UTF-8 text, but got the byte 0xe9");
  }

  @Test
  void theColumnCountsCharactersNotBytes() {
    assertThat(headline("gbk.yaml", bytes("# 广州: ", 0xb9, 0xe3, "\n")))
        .isEqualTo("gbk.yaml:1:7: error: expected UTF-8 text, but got the byte 0xb9");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsRefused() {
    assertThat(headline("cut.yaml", bytes("id: ", 0xe5, 0xb9)))
        .isEqualTo("cut.yaml:1:5: error: expected UTF-8 text, but got the byte 0xe5");
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() throws Exception {
    byte[] max = new byte[SourceText.MAX_BYTES];
    Arrays.fill(max, (byte) '#');
    assertThat(SourceText.decode("max.yaml", max).text()).hasSize(SourceText.MAX_BYTES);
  }

  @Test
  void anOversizeFileIsRefusedWithoutReadingItAll() throws Exception {
    Path big = temp.resolve("big.yaml");
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) '#');
    for (int i = 0; i < 5; i++) {
      Files.write(big, chunk, i == 0 ? new java.nio.file.OpenOption[0] : new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.APPEND});
    }
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SourceText.read(big));
    assertThat(e.diagnostics()).singleElement().satisfies(d -> assertThat(d.headline()).isEqualTo(big + ": error: expected a file of at most 2048 KiB, but got a larger one"));
  }

  @Test
  void aMissingFileIsRefused() {
    Path none = temp.resolve("none.yaml");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SourceText.read(none));
    assertThat(e.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.headline()).isEqualTo(none + ": error: expected a readable file, but it does not exist or is not a file"));
  }

  @Test
  void aFileNameWithALineBreakIsRefusedBeforeReading() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SourceText.read(temp.resolve("a\n#!define X.yaml")));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics().get(0).field()).isEqualTo("FILE");
    assertThat(e.diagnostics().get(0).message()).endsWith("but got '" + temp + "/a\\n#!define X.yaml'");
  }

  @Test
  void anEmptyFileNameIsADiagnosticNotACrash() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SourceText.read(Path.of("")));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics().get(0).headline()).isEqualTo("'': error: FILE: expected a file name, but got ''");
  }
}
