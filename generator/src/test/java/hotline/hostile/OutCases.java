package hotline.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code --out} folders for {@code hotline generate}: each case builds its scene under a scratch
 * folder and says which folder must stay as it is and whether the folder is a legal output.
 *
 * @param name what the case tries
 * @param setUp builds the scene
 */
record OutCases(String name, Callable<Setup> setUp) {
  /**
   * @param out the {@code --out} value
   * @param watched a folder that must be the same after the run
   * @param legal whether writing is expected to succeed
   * @param target the target to render
   */
  record Setup(Path out, Path watched, boolean legal, String target) {}

  static List<OutCases> all(Path temp) {
    Path root = temp.resolve("out-cases");
    return List.of(
        new OutCases("traversal ../../ into a foreign folder", () -> {
          Path etc = foreign(root.resolve("t1/etc"));
          Files.createDirectories(root.resolve("t1/a/b"));
          return new Setup(Path.of(root.resolve("t1/a/b") + "/../../etc"), etc, false, "all");
        }),
        new OutCases("the root folder /", () -> new Setup(Path.of("/"), foreign(root.resolve("t2/unrelated")), false, "all")),
        new OutCases("a foreign folder with files", () -> {
          Path f = foreign(root.resolve("t3/project"));
          return new Setup(f, f, false, "all");
        }),
        new OutCases("a folder holding only a hidden file", () -> {
          Path f = Files.createDirectories(root.resolve("t4/hidden"));
          Files.writeString(f.resolve(".keep"), "mine\n");
          return new Setup(f, f, false, "all");
        }),
        new OutCases("a symbolic link to a foreign folder", () -> {
          Path f = foreign(root.resolve("t5/project"));
          Path link = Files.createSymbolicLink(root.resolve("t5/link"), f);
          return new Setup(link, root.resolve("t5"), false, "all");
        }),
        new OutCases("a symbolic link to a file", () -> {
          Path f = foreign(root.resolve("t6/project"));
          Path link = Files.createSymbolicLink(root.resolve("t6/link"), f.resolve("passwd"));
          return new Setup(link, root.resolve("t6"), false, "all");
        }),
        new OutCases("an existing file", () -> {
          Path f = foreign(root.resolve("t7/project"));
          return new Setup(f.resolve("passwd"), f, false, "all");
        }),
        new OutCases("a folder name with a line break (kamailio reads the path)", () -> {
          Path parent = Files.createDirectories(root.resolve("t8"));
          return new Setup(parent.resolve("out\n#!define X"), parent, false, "kamailio");
        }),
        new OutCases("a folder name with a quote and ${ (kamailio reads the path)", () -> {
          Path parent = Files.createDirectories(root.resolve("t9"));
          return new Setup(parent.resolve("out\"${x}"), parent, false, "all");
        }),
        new OutCases("a folder name with a line break for a target that does not read it", () -> {
          Path parent = Files.createDirectories(root.resolve("t10"));
          Path watched = foreign(root.resolve("t10-watched"));
          return new Setup(parent.resolve("out\nx"), watched, true, "asterisk");
        }),
        new OutCases("a dangling symbolic link", () -> {
          Path parent = Files.createDirectories(root.resolve("t11"));
          Files.createSymbolicLink(parent.resolve("link"), root.resolve("t11-nowhere/x"));
          return new Setup(parent.resolve("link"), parent, false, "all");
        }),
        new OutCases("traversal that normalises to a fresh folder", () -> {
          Files.createDirectories(root.resolve("t12/a/b"));
          Path watched = foreign(root.resolve("t12/a/b/keep"));
          return new Setup(Path.of(root.resolve("t12/a/b") + "/../../fresh"), watched, true, "all");
        }));
  }

  /** A folder that is not a hotline output, with a file and a subfolder. */
  private static Path foreign(Path dir) throws java.io.IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n");
    Files.writeString(dir.resolve("sub/notes.txt"), "not hotline's\n");
    return dir;
  }
}
