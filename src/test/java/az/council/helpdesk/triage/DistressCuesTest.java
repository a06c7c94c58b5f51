package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DistressCuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"I'm scared to go outside", "срочно помогите", "SOS", "Təcili kömək edin", "qorxuram",
      "мне страшно", "I am in danger", "tecili komek lazimdir", "acil yardım lazım", "çok korkuyorum",
      "lütfen yardım edin", "допоможіть терміново", "мені страшно виходити", "рятуйте"})
  void in_wordsOfFearOrEmergency(String text) {
    assertThat(DistressCues.in(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"təcili yardımın nömrəsi nədir", "how do I register", "сколько стоит продление",
      "help me with my homework", "Sosial sığorta", "acil durum numaraları neler"})
  void in_ordinaryQuestions_no(String text) {
    assertThat(DistressCues.in(text)).isFalse();
  }
}
