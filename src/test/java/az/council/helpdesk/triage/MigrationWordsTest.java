package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MigrationWordsTest {
  @ParameterizedTest
  @ValueSource(strings = {"my visa ran out", "нужна прописка", "u menya vnzh", "vətəndaşlıq almaq", "vetendasliq",
      "вәтәндашлыг", "qeydiyyatdan kecmek", "consulate in Warsaw", "I overstayed", "razreshenie na rabotu",
      "oturma iznim bitiyor", "Türk vatandaşıyım", "mülteci başvurusu",
      "посвідка закінчується", "громадянство дитини", "реєстрація в Баку", "dozvil na robotu", "статус біженця"})
  void in_wordsOnlyMigrationQuestionsUse(String text) {
    assertThat(MigrationWords.in(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"what's the weather in Baku", "рецепт плова", "kim qalib gelecek", "bitcoin price today",
      "visiting the old city", "обезвизить", "registan square in samarkand"})
  void in_otherTopics_no(String text) {
    assertThat(MigrationWords.in(text)).isFalse();
  }
}
