package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "Olduğu yer üzrə qeydiyyatdan necə keçməliyəm?|AZ",
    "qeydiyyatdan nece kecmeliyem, ne lazimdir|AZ",
    "men rusiyadan gelmisem is icazesi lazimdir?|AZ",
    "гејдијјат нечә едилир|AZ",
    "мән нечә ил јашамалыјам|AZ",
    "Как продлить регистрацию по месту пребывания?|RU",
    "kak prodlit vnzh esli ya iz ukrainy|RU",
    "skolko stoit razreshenie na rabotu|RU",
    "How do I register my place of stay?|EN",
    "what documents do i need for a work permit|EN",
    "Oturma izni için hangi belgeler gerekli?|AZ",
    "patron maasimi vermir, isteyende hedeleyir|AZ",
    "usta dedi sabah gelsen pulunu verecek|AZ",
    "yak otrymaty posvidku shcho potribno|RU",
    "skilky koshtuie dozvil na robotu|RU",
    "Як отримати посвідку на проживання?|RU",
  })
  void detect_shortChatQuestions(String text, Language expected) {
    assertThat(detector.detect(text)).isEqualTo(expected);
  }

  @Test
  void detect_scriptWithoutEvidence_fallsBack() {
    assertThat(detector.detect("اقامت موقت چگونه", Language.RU).language()).isEqualTo(Language.RU);
    assertThat(detector.detect("", Language.AZ).language()).isEqualTo(Language.AZ);
  }

  @Test
  void clear_onlyForSentencesWithALead() {
    assertThat(detector.detect("spasibo", Language.EN).clear()).isFalse();
    assertThat(detector.detect("ok", Language.AZ).clear()).isFalse();
    assertThat(detector.detect("Как мне продлить срок пребывания в Азербайджане?", Language.EN).clear()).isTrue();
  }
}
