package hotline.target.huaweimml;

import java.util.Objects;

/**
 * One thing wrong with generated scripts.
 *
 * @param file the script: {@code activate.mml}
 * @param line 1-based line, 0 when the problem is the script as a whole
 * @param section the request section it concerns, empty when none
 * @param message "expected ..., but ..."
 */
public record MmlProblem(String file, int line, String section, String message) {
  public MmlProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (section.isEmpty() ? "" : " [" + section + "]") + ": " + message;
  }
}
