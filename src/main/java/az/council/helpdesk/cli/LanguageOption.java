package az.council.helpdesk.cli;

import az.council.helpdesk.i18n.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang} option: the language of the statistics' texts and files. */
public final class LanguageOption {
  @Option(names = "--lang", paramLabel = "az|ru|en", defaultValue = "az", converter = Converter.class,
      description = "Language of the output (default: ${DEFAULT-VALUE})")
  Language language;

  public Language language() {
    return language;
  }

  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromTag(value)
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not az, ru or en"));
    }
  }
}
