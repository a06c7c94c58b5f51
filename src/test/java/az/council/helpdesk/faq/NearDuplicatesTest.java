package az.council.helpdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class NearDuplicatesTest {
  @Test
  void words_ignoreCasePunctuationAndWordsShorterThanThreeLetters() {
    assertThat(NearDuplicates.words("Who HAS to register, at the place of stay?"))
        .containsExactlyInAnyOrder("who", "has", "register", "the", "place", "stay");
  }

  @Test
  void words_keepAzerbaijaniAndRussianLetters() {
    assertThat(NearDuplicates.words("Qeydiyyat nə vaxt lazımdır? Когда нужна регистрация?"))
        .contains("qeydiyyat", "lazımdır", "когда", "регистрация");
  }

  @Test
  void similarity_isTheShareOfCommonWords() {
    assertThat(NearDuplicates.similarity(NearDuplicates.words("register stay place"),
        NearDuplicates.words("register stay hotel"))).isCloseTo(0.5, within(1e-9));
    assertThat(NearDuplicates.similarity(NearDuplicates.words("same words here"),
        NearDuplicates.words("here same words"))).isEqualTo(1.0);
  }

  @Test
  void similarity_ofAQuestionWithoutWords_isZero() {
    assertThat(NearDuplicates.similarity(NearDuplicates.words("?"), NearDuplicates.words("?"))).isZero();
  }
}
