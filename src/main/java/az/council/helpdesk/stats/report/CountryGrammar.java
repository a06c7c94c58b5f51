package az.council.helpdesk.stats.report;

import az.council.helpdesk.i18n.Language;

/** What a language does to a country's name and to a number in the report's sentences. */
public sealed interface CountryGrammar permits AzerbaijaniGrammar, RussianGrammar, EnglishGrammar {

  /** The name as it stands after "from": "Ukraynadan", "Украины" (after из), "the United States". */
  String fromCountry(String name);

  /** The noun form to use after {@code count}. */
  PluralForm plural(long count);

  /** The number as it stands in "more than N": "145-dən" (Azerbaijani ablative), "145". */
  String moreThan(long number);

  static CountryGrammar of(Language language) {
    return switch (language) {
      case AZ -> new AzerbaijaniGrammar();
      case RU -> new RussianGrammar();
      case EN -> new EnglishGrammar();
    };
  }
}
