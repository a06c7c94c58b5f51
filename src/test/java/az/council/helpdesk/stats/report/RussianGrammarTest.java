package az.council.helpdesk.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RussianGrammarTest {
  private final RussianGrammar grammar = new RussianGrammar();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "UA, Украины", "RU, России", "TR, Турции", "GE, Грузии", "IR, Ирана", "KZ, Казахстана", "UZ, Узбекистана",
      "AF, Афганистана", "IN, Индии", "PK, Пакистана", "BY, Беларуси", "DE, Германии", "EG, Египта", "SY, Сирии",
      "CN, Китая", "US, Соединенных Штатов", "AE, ОАЭ", "GB, Великобритании", "KR, Республики Корея",
      "NL, Нидерландов", "PH, Филиппин", "MD, Молдовы", "KG, Киргизии", "TJ, Таджикистана", "AM, Армении",
      "IL, Израиля", "IQ, Ирака", "FR, Франции", "SA, Саудовской Аравии", "CF, Центрально-Африканской Республики",
      "PS, Палестинских территорий", "BA, Боснии и Герцеговины", "NZ, Новой Зеландии", "CI, Кот-д’Ивуара",
      "MA, Марокко", "LK, Шри-Ланки", "PL, Польши", "LT, Литвы", "CZ, Чехии", "PE, Перу", "CL, Чили",
      "GW, Гвинеи-Бисау", "SM, Сан-Марино", "JP, Японии",
  })
  void fromCountry_cldrName_isInTheGenitive(String code, String expected) {
    String name = Locale.of("", code).getDisplayCountry(Locale.forLanguageTag("ru"));

    assertThat(grammar.fromCountry(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} человек/человека")
  @CsvSource({
      "1, ONE", "21, ONE", "101, ONE", "11, MANY", "111, MANY", "2, FEW", "3, FEW", "4, FEW", "24, FEW", "12, MANY",
      "14, MANY", "5, MANY", "18, MANY", "58, MANY", "0, MANY",
  })
  void plural_followsRussianRules(long count, PluralForm expected) {
    assertThat(grammar.plural(count)).isEqualTo(expected);
  }
}
