package hotline.hostile;

import hotline.yaml.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hostile inputs too large to commit, built in memory: each is rejected, quickly and with a
 * bounded report.
 *
 * @param name what the input is
 * @param field the field the diagnostic names ({@code (file)}: a whole-file diagnostic)
 * @param bytes the file's content
 */
record LargeInputs(String name, String field, Supplier<byte[]> bytes) {
  private static final String HEAD = "service: \"12333\"\nrequests:\n";
  private static final int LIMIT = SourceText.MAX_BYTES;

  static final List<LargeInputs> ALL = List.of(
      new LargeInputs("file-over-2-mib-of-comments", "(file)", () -> utf8(HEAD + "#".repeat(LIMIT))),
      new LargeInputs("id-of-3-mib", "(file)", () -> utf8(HEAD + "  - id: " + "a".repeat(3 * 1024 * 1024) + "\n")),
      new LargeInputs("id-of-1.9-mib", "id", () -> utf8(HEAD + "  - id: " + "a".repeat(LIMIT - 100_000) + "\n")),
      new LargeInputs("key-of-1.9-mib", "(file)", () -> utf8(HEAD + "  - k" + "k".repeat(LIMIT - 100_000) + ": 1\n")),
      new LargeInputs("brackets-1.9-mib-deep", "(file)", () -> utf8(HEAD + "  - " + "[".repeat(LIMIT - 100_000) + "\n")),
      new LargeInputs("hunt-lines-80000", "trunk.count", LargeInputs::manyHuntLines),
      new LargeInputs("requests-12000", "area_code", LargeInputs::manyRequests),
      new LargeInputs("unknown-keys-100000", "kz0", LargeInputs::manyKeys),
      new LargeInputs("aliases-200000", "(file)", LargeInputs::manyAliases),
      new LargeInputs("anchors-100000", "(file)", LargeInputs::manyAnchors));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** An analog request whose hunt list has 80000 distinct lines (the limit is 119). */
  private static byte[] manyHuntLines() {
    StringBuilder b = new StringBuilder(HEAD + "  - id: gz\n    area_code: \"020\"\n    bound_number: \"020-30000000\"\n    hunt_lines:\n");
    for (int i = 1; i <= 80_000; i++) {
      b.append("      - \"020-3").append(String.format("%07d", i)).append("\"\n");
    }
    b.append("    trunk: {type: analog, count: 3}\n    charging: free\n");
    return utf8(b.toString());
  }

  /** 12000 valid requests of one area: all but the first are a second request for the area. */
  private static byte[] manyRequests() {
    StringBuilder b = new StringBuilder(HEAD);
    for (int i = 0; i < 12_000; i++) {
      b.append("  - {id: r").append(i).append(", area_code: \"020\", bound_number: \"020-83333333\", trunk: {type: analog, count: 1}, charging: free}\n");
    }
    return utf8(b.toString());
  }

  private static byte[] manyKeys() {
    StringBuilder b = new StringBuilder(HEAD + "  - id: gz\n");
    for (int i = 0; i < 100_000; i++) {
      b.append("    kz").append(i).append(": 1\n");
    }
    return utf8(b.toString());
  }

  private static byte[] manyAliases() {
    StringBuilder b = new StringBuilder("a: &a x\nrequests: [");
    for (int i = 0; i < 200_000; i++) {
      b.append("*a,");
    }
    return utf8(b.append("*a]\n").toString());
  }

  private static byte[] manyAnchors() {
    StringBuilder b = new StringBuilder("requests:\n");
    for (int i = 0; i < 100_000; i++) {
      b.append("  - &a").append(i).append(" x\n");
    }
    return utf8(b.toString());
  }
}
