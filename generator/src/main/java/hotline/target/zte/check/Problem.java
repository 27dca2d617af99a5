package hotline.target.zte.check;

import java.util.Objects;

/**
 * One rule a ZTE MML script breaks.
 *
 * @param file the script's file name ({@code activate.mml})
 * @param line 1-based line of the statement
 * @param section the request id of the section the line lies in, empty in the file header
 * @param message what was expected and what was found
 */
public record Problem(String file, int line, String section, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + (section.isEmpty() ? "" : "[" + section + "] ") + message;
  }
}
