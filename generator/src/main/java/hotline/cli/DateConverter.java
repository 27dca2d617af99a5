package hotline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --on DATE} as an ISO date, reporting a wrong value in the usual shape. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, but got '" + value + "'");
    }
  }
}
