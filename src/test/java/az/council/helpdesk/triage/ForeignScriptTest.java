package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ForeignScriptTest {
  @ParameterizedTest
  @ValueSource(strings = {"გამარჯობა", "سلام، اقامت", "Բարև ձեզ", "こんにちは", "שלום לכם", "नमस्ते दोस्त",
      "ВНЖ 如何在阿塞拜疆获得居留许可"})
  void mostlyLettersOfAnotherScript_dominate(String text) {
    assertThat(ForeignScript.dominates(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ok 👍", "123 456 !!!", "qeydiyyat necə olur", "как получить ВНЖ", "Як отримати посвідку",
      "work permit", "Başvuru nasıl yapılır", "ВНЖ كيف", "Ali", "😀😀😀😀"})
  void latinCyrillicOrTooFewLetters_doNot(String text) {
    assertThat(ForeignScript.dominates(text)).isFalse();
  }
}
