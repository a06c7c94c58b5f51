package az.council.helpdesk.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AzerbaijaniGrammarTest {
  private final AzerbaijaniGrammar grammar = new AzerbaijaniGrammar();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "UA, Ukraynadan",
      "RU, Rusiyadan",
      "TR, Türkiyədən",
      "GE, Gürcüstandan",
      "IR, İrandan",
      "KZ, Qazaxıstandan",
      "UZ, Özbəkistandan",
      "AF, Əfqanıstandan",
      "EG, Misirdən",
      "CN, Çindən",
      "IL, İsraildən",
      "BY, Belarusdan",
      "CL, Çilidən",
      "PE, Perudan",
      "GB, Birləşmiş Krallıqdan",
      "US, Amerika Birləşmiş Ştatlarından",
      "AE, Birləşmiş Ərəb Əmirliklərindən",
      "SA, Səudiyyə Ərəbistanından",
      "CF, Mərkəzi Afrika Respublikasından",
      "KR, Cənubi Koreyadan",
      "BA, Bosniya və Herseqovinadan",
      "LK, Şri-Lankadan",
  })
  void fromCountry_cldrName_takesTheAblativeByVowelHarmony(String code, String expected) {
    String name = Locale.of("", code).getDisplayCountry(Locale.forLanguageTag("az"));

    assertThat(grammar.fromCountry(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "145, 145-dən", "140, 140-dan", "10, 10-dan", "20, 20-dən", "30, 30-dan", "40, 40-dan", "50, 50-dən",
      "60, 60-dan", "70, 70-dən", "80, 80-dən", "90, 90-dan", "100, 100-dən", "1000, 1.000-dən", "1001, 1.001-dən",
      "2, 2-dən", "3, 3-dən", "4, 4-dən", "6, 6-dan", "7, 7-dən", "8, 8-dən", "9, 9-dan", "0, 0-dan",
      "1000000, 1.000.000-dan", "15720, 15.720-dən",
  })
  void moreThan_numberTakesTheEndingOfItsLastSpokenWord(long number, String expected) {
    assertThat(grammar.moreThan(number)).isEqualTo(expected);
  }
}
