package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AzerbaijaniAnalyzerTest {
  private final Analyzer analyzer = new AzerbaijaniAnalyzer();

  private List<String> terms(String text) throws IOException {
    return AnalyzedTerms.of(analyzer, text);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "icazəsi, icazesi",
    "İCAZƏSİ, icazəsi",
    "qeydiyyatdan, qeydiyyat",
    "vətəndaşlığı, vetendasligi",
    "yaşamaq, yasamaq",
    "ish icazesi, iş icazəsi",
    "müvəqqəti, muveqqeti",
    "гејдијјат, qeydiyyat",
    "иш иджазеси, iş icazəsi",
    "вәтәндашлыг, vətəndaşlıq",
  })
  void sameTerms_whateverTheSpelling(String typed, String written) throws IOException {
    assertThat(terms(typed)).isEqualTo(terms(written)).isNotEmpty();
  }

  @Test
  void turkicLowerCasing_mapsDottedAndDotlessI() throws IOException {
    // İ must become i and I must become ı (then folded to i), not the other way round as in English.
    assertThat(terms("İŞ")).isEqualTo(terms("iş"));
    assertThat(terms("IŞIQ")).isEqualTo(terms("ışıq"));
  }

  @Test
  void stopWords_areDropped() throws IOException {
    assertThat(terms("və üçün necə")).isEmpty();
  }

  @Test
  void suffixStripper_neverLeavesFewerThanThreeLetters() throws IOException {
    assertThat(terms("ala")).containsExactly("ala");
    assertThat(AzerbaijaniStemFilter.stem("evdə")).hasSizeGreaterThanOrEqualTo(AzerbaijaniStemFilter.MIN_STEM);
  }

  @Test
  void folding_coversOtherKeyboards() {
    assertThat(AzerbaijaniFoldingFilter.fold("äşçğ")).isEqualTo("escg");
    assertThat(AzerbaijaniFoldingFilter.fold("chixmaq")).isEqualTo("cixmaq");
  }
}
