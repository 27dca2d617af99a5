package hotline.plan;

/**
 * Where a request was written: its file and the line of its {@code id}.
 *
 * @param file the request file as the user named it
 * @param line 1-based line of the request's {@code id}
 */
public record SourceRef(String file, int line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
