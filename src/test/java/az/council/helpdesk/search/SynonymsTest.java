package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SynonymsTest {
  private static List<String> found(String text) {
    return Synonyms.find(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
  }

  @Test
  void find_matchesWholeWordsOnly_anywhereIncludingTheEnds() {
    assertThat(found("ВНЖ")).containsExactly("ВНЖ");
    assertThat(found("нужен ВНЖ, и ПМЖ")).containsExactly("ВНЖ", "ПМЖ");
    assertThat(found("vnzhx prp2 xtrp")).isEmpty();
    assertThat(found("trp-")).containsExactly("trp");
  }

  @Test
  void find_prefersTheLongestTriggerAtAPlace_andNeverOverlaps() {
    // "ikamet" and "prodlit" are triggers too, but here they begin longer ones.
    assertThat(found("ikamet izni lazım")).containsExactly("ikamet izni");
    assertThat(found("süresiz ikamet")).containsExactly("süresiz ikamet");
    assertThat(Synonyms.find("prodlit vizu").getFirst().expansion().in(Language.EN)).isEqualTo("extend temporary stay");
  }

  @Test
  void find_keepsOffsetsOfTheOriginalText_evenAfterDottedCapitalI() {
    // Java lower-cases "İ" to two chars; the offsets must still point into the text as written.
    String text = "MİV və DYİ";
    assertThat(found(text)).containsExactly("MİV", "DYİ");
  }

  @Test
  void find_prefixTrigger_takesTheRestOfTheWord_butOnlyFromAWordStart() {
    assertThat(found("başvurumu reddettiler")).containsExactly("başvurumu", "reddettiler");
    assertThat(Synonyms.find("basvurmaliyim").getFirst().expansion().in(Language.AZ)).isEqualTo("müraciət");
    assertThat(found("yenibaşvuru")).isEmpty();
  }

  @Test
  void find_turkishPermitNames_expandToTheFaqsTerms() {
    assertThat(Synonyms.find("daimi oturma iznimi").getFirst().expansion().in(Language.EN))
        .isEqualTo("permanent residence permit");
    assertThat(Synonyms.find("çalışma iznim").getFirst().expansion().in(Language.EN)).isEqualTo("work permit");
  }

  @Test
  void find_ukrainianPermitNames_expandToTheFaqsRussianTerms() {
    assertThat(Synonyms.find("посвідку на проживання").getFirst().expansion().in(Language.RU))
        .isEqualTo("разрешение на временное проживание");
    assertThat(Synonyms.find("дозволу на роботу").getFirst().expansion().in(Language.RU)).isEqualTo("разрешение на работу");
    assertThat(Synonyms.find("громадянства").getFirst().expansion().in(Language.RU)).isEqualTo("гражданство");
    assertThat(Synonyms.find("yak otrymaty posvidku").getFirst().expansion().in(Language.EN))
        .isEqualTo("temporary residence permit");
  }
}
