package hotline.target.huaweimml;

/** A script that is not well-formed Huawei MML, with the line of the first problem. */
public final class MmlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;

  public MmlSyntaxException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** 1-based line of the problem. */
  public int line() {
    return line;
  }
}
