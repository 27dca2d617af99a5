package hotline.report;

import hotline.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value #NAME}: the SHA-256 of every file {@code hotline verify} generated, taken when they were
 * written (before the switch ran and rollback rewrote any), in {@code sha256sum} format so that
 * {@code sha256sum -c scripts.sha256} checks them in the results folder.
 */
public final class ScriptManifest {
  /** The manifest's name in the results folder. */
  public static final String NAME = "scripts.sha256";

  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");

  private ScriptManifest() {}

  /** Where a generated file stands now compared with when it was generated. */
  enum State {
    UNCHANGED,
    CHANGED,
    MISSING
  }

  /**
   * One generated file.
   *
   * @param path the path inside the results folder, '/'-separated
   * @param sha256 the SHA-256 when generated, lower-case hex
   * @param state whether the file on disk still has that digest
   */
  record Script(String path, String sha256, State state) {
    Script {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(state, "state");
    }

    /** The file's name without its extension: a request's own file is named after its id. */
    String stem() {
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  /** Writes the manifest of {@code files} into {@code dir}, sorted by path. */
  public static void write(Path dir, List<GeneratedFile> files) throws IOException {
    StringBuilder out = new StringBuilder();
    files.stream()
        .sorted(Comparator.comparing(GeneratedFile::path))
        .forEach(f -> out.append(sha256(f.bytes())).append("  ").append(f.path()).append('\n'));
    Files.writeString(dir.resolve(NAME), out.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Reads the manifest of {@code dir} and compares each file with what is on disk now.
   *
   * @throws ReportInputException when the manifest is missing or malformed
   */
  static List<Script> read(Path dir) {
    Path manifest = dir.resolve(NAME);
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ReportInputException(manifest + ": expected the digests hotline verify writes beside results.json, but got no such file");
    } catch (IOException e) {
      throw new ReportInputException(manifest + ": expected a readable file, but got '" + e + "'");
    }
    List<Script> scripts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LINE.matcher(lines.get(i));
      if (!m.matches() || m.group(2).contains("..")) {
        throw new ReportInputException(manifest + ":" + (i + 1) + ": expected '<sha256>  <path>', but got '" + lines.get(i) + "'");
      }
      scripts.add(new Script(m.group(2), m.group(1), state(dir.resolve(m.group(2)), m.group(1))));
    }
    return scripts;
  }

  private static State state(Path file, String sha256) {
    try {
      return sha256(Files.readAllBytes(file)).equals(sha256) ? State.UNCHANGED : State.CHANGED;
    } catch (IOException e) {
      return State.MISSING;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
