package hotline.diagnostics;

/**
 * A place in an input file: 1-based line and column, as compilers print them.
 *
 * @param file the file name as the user gave it
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 */
public record SourcePosition(String file, int line, int column) {
  public SourcePosition {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("file must not be blank");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /** The position of the file as a whole. */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
