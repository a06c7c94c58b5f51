package az.council.helpdesk.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EnglishGrammarTest {
  private final EnglishGrammar grammar = new EnglishGrammar();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "UA, Ukraine", "TR, Türkiye", "US, the United States", "GB, the United Kingdom",
      "AE, the United Arab Emirates", "NL, the Netherlands", "PH, the Philippines",
      "CF, the Central African Republic", "BA, Bosnia and Herzegovina", "BY, Belarus",
  })
  void fromCountry_takesAnArticleWhereEnglishDoes(String code, String expected) {
    assertThat(grammar.fromCountry(Locale.of("", code).getDisplayCountry(Locale.ENGLISH))).isEqualTo(expected);
  }
}
