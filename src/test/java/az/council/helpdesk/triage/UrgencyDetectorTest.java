package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class UrgencyDetectorTest {
  private final UrgencyDetector detector = new UrgencyDetector();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "the police detained me at the metro, what do i do|DETENTION",
    "меня задержали, сижу в отделении|DETENTION",
    "polis meni saxlayib, buraxmirlar|DETENTION",
    "I received a deportation order yesterday|DEPORTATION",
    "мне вручили решение о выдворении|DEPORTATION",
    "my boss took my passport and won't give it back|PASSPORT_TAKEN",
    "работодатель забрал паспорт и не отдает|PASSPORT_TAKEN",
    "isegoturen pasportumu alib vermir|PASSPORT_TAKEN",
    "they locked us in and force us to work|TRAFFICKING",
    "he has not paid me for 3 months and threatens to call the police on me|WAGES_THREATS",
    "не платят зарплату и угрожают депортацией|WAGES_THREATS",
    "my husband beats me|VIOLENCE",
    "ərim məni döyür|VIOLENCE",
    "there is a child alone at the station|CHILD_ALONE",
    "I want to kill myself|SELF_HARM",
    "не хочу больше жить|SELF_HARM",
    "özümü öldürmək istəyirəm|SELF_HARM",
    "can I talk to a real person please|HUMAN_REQUEST",
    "хочу поговорить с живым человеком|HUMAN_REQUEST",
    "operatorla danışmaq istəyirəm|HUMAN_REQUEST",
  })
  void detect_situationsNeedingAPerson(String text, Urgency expected) {
    assertThat(detector.detect(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "what is the fine for overstaying my visa",
    "can an employer keep a worker's passport?",
    "как узнать, есть ли у меня запрет на въезд",
    "insan alverinin əlamətləri nədir?",
    "which mobile operator is cheapest for foreigners",
    "how do I register my child at school",
    "maşının kondisioneri isti vurur",
  })
  void detect_questionsAboutRules_areNotUrgent(String text) {
    assertThat(detector.detect(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u200b\u200f", "💥💥💥"})
  void detect_emptyOrSymbolOnly_isNotUrgent(String text) {
    assertThat(detector.detect(text)).isEmpty();
  }
}
