package hotline.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a set of files as one output folder, all or nothing: the files go to a temporary sibling
 * folder, which then replaces the output folder by rename. An existing folder is replaced only when
 * it is an earlier hotline output (it holds {@value #MARKER}); anything else is refused untouched.
 */
public final class OutputFolder {
  /** The file every hotline output folder holds. */
  public static final String MARKER = "plan.json";

  private static final Set<PosixFilePermission> EXECUTABLE = Set.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

  private OutputFolder() {}

  /**
   * Checks, before anything is rendered, that a folder may be written.
   *
   * @throws OutputRefused when it exists and is not a folder, or is a non-empty folder that is not
   *     a hotline output, or is a dangling symbolic link
   */
  public static Path check(Path out) throws OutputRefused {
    Path dir = out.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
      throw new OutputRefused("'" + out + "' is a symbolic link to something that does not exist");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputRefused("'" + out + "' exists and is not a folder");
    }
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
      throw new OutputRefused("'" + out + "' is not empty and is not a hotline output folder (it has no " + MARKER + "); choose another --out or empty it");
    }
    if (dir.getParent() == null) {
      throw new OutputRefused("'" + out + "' is the root folder");
    }
    return dir;
  }

  /** Writes the files as the folder {@code out}, replacing an earlier output. */
  public static void write(Path out, List<GeneratedFile> files) throws IOException, OutputRefused {
    Path dir = check(out);
    Files.createDirectories(dir.getParent());
    Path temp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".new-");
    try {
      for (GeneratedFile f : files) {
        Path p = temp.resolve(f.path()).normalize();
        if (!p.startsWith(temp)) {
          throw new IllegalArgumentException("a generated file escapes its folder: " + f.path());
        }
        Files.createDirectories(p.getParent());
        Files.write(p, f.bytes());
        if (f.executable()) {
          Files.setPosixFilePermissions(p, EXECUTABLE);
        }
      }
      swap(temp, dir);
    } finally {
      deleteTree(temp);
    }
  }

  private static void swap(Path temp, Path dir) throws IOException {
    if (!Files.exists(dir)) {
      move(temp, dir);
      return;
    }
    Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".old-");
    Files.delete(old);
    move(dir, old);
    try {
      move(temp, dir);
    } catch (IOException e) {
      move(old, dir);
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes a folder and what it holds; a missing folder is fine. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** The output folder may not be written. */
  public static final class OutputRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputRefused(String message) {
      super(message);
    }
  }
}
