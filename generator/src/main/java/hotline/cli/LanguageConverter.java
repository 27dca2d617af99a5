package hotline.cli;

import hotline.timeline.Language;
import picocli.CommandLine;

/** Reads {@code --lang zh|en}; a wrong value is reported in the "expected ..., but got" shape. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    try {
      return Language.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
