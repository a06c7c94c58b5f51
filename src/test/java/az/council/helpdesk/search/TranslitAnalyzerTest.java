package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TranslitAnalyzerTest {
  private final Analyzer analyzer = new TranslitAnalyzer();

  private List<String> terms(String text) throws IOException {
    return AnalyzedTerms.of(analyzer, text);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "grajdanstvo, гражданство",
    "grazhdanstvo, гражданство",
    "mojno, можно",
    "registraciya, регистрация",
    "novyj, новый",
  })
  void typedLatin_sharesATermWithTheCyrillicWord(String latin, String cyrillic) throws IOException {
    assertThat(terms(latin)).containsAnyElementsOf(terms(cyrillic));
  }

  @Test
  void jThatMayBeZh_yieldsBothReadings_otherWordsOne() throws IOException {
    assertThat(terms("grajdanstvo")).containsExactly("graid", "grazd");
    assertThat(terms("registraciya")).containsExactly("regis");
  }

  @Test
  void wordsWithLettersOutsideTheSkeleton_areDropped() throws IOException {
    // Azerbaijani words whose first five letters happen to be plain Latin must not reach the Russian field.
    assertThat(terms("polisdə imtahanlardan")).containsExactly("imtah");
  }
}
