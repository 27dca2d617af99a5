package hotline.report;

/**
 * A results folder the report cannot be made from: a file missing or unreadable, or a field that
 * is not what {@code hotline verify} writes. The message names the file and the field.
 */
public final class ReportInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ReportInputException(String message) {
    super(message);
  }
}
