package hotline.yaml;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.InvalidInputException;
import hotline.diagnostics.Printable;
import hotline.diagnostics.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of an input file, checked before any parsing: at most {@value #MAX_BYTES} bytes, valid
 * UTF-8, no NUL bytes. A leading UTF-8 byte-order mark is dropped (editors on Windows write one).
 *
 * @param name the file name as the user gave it, used in diagnostics
 * @param text the decoded text
 */
public record SourceText(String name, String text) {
  /** Larger than any real request file (the national file is about 150 KiB). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The file's lines, for printing diagnostics with their source line. */
  public List<String> lines() {
    return text.lines().toList();
  }

  /**
   * Reads and checks a file. Its name ends up in diagnostics and in the headers of generated
   * scripts, so a name with a control character (a line break that would end a script's comment)
   * is refused before the file is opened.
   */
  public static SourceText read(Path file) throws InvalidInputException {
    String name = file.toString();
    if (name.isBlank()) {
      throw new InvalidInputException(
          new Diagnostic(SourcePosition.ofFile("'" + name + "'"), "FILE", "expected a file name, but got '" + name + "'"));
    }
    if (name.codePoints().anyMatch(SourceText::isControl)) {
      throw new InvalidInputException(
          new Diagnostic(
              SourcePosition.ofFile(name),
              "FILE",
              "expected a file name without control characters (line breaks, tabs, ...), but got '" + Printable.of(name) + "'"));
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          new Diagnostic(SourcePosition.ofFile(name), "", "expected a readable file, but it does not exist or is not a file"));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Diagnostic(SourcePosition.ofFile(name), "", "expected a readable file, but got: " + e.getMessage()));
    }
    return decode(name, bytes);
  }

  /** Checks and decodes bytes read from somewhere named {@code name}. */
  public static SourceText decode(String name, byte[] bytes) throws InvalidInputException {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(
          new Diagnostic(SourcePosition.ofFile(name), "", "expected a file of at most " + MAX_BYTES / 1024 + " KiB, but got a larger one"));
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException(new Diagnostic(positionOf(name, bytes, start, i), "", "expected text, but got a NUL byte"));
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = Math.min(in.position(), bytes.length - 1);
      throw new InvalidInputException(
          new Diagnostic(positionOf(name, bytes, start, bad), "", String.format("expected UTF-8 text, but got the byte 0x%02x", bytes[bad] & 0xff)));
    }
    return new SourceText(name, out.flip().toString());
  }

  /** C0 and C1 controls and the Unicode line and paragraph separators. */
  private static boolean isControl(int cp) {
    return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029;
  }

  private static SourcePosition positionOf(String name, byte[] bytes, int start, int index) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8).length() + 1;
    return new SourcePosition(name, line, column);
  }
}
