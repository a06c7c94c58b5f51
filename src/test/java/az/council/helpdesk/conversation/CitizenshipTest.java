package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.edits;
import static az.council.helpdesk.conversation.ChatHarness.labels;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.pressAnswer;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class CitizenshipTest {
  private final ChatHarness chat = new ChatHarness();

  private List<Action> firstAnswer(Sender sender, Language language) {
    return chat.text(sender, chat.triage.answer("q " + language + sender.userId(), language, "reg-how"));
  }

  private Action.Send prompt(List<Action> actions) {
    return sends(actions).get(sends(actions).size() - 1);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void afterTheFirstAnswer_askedOnce_withCldrNamesInTheUsersLanguage(Language language) {
    Sender sender = user(1, language);

    List<Action> first = firstAnswer(sender, language);
    List<Action> second = chat.text(sender, chat.triage.answer("again " + language, language, "reg-fine"));

    assertThat(sends(first)).hasSize(2);
    Action.Send prompt = prompt(first);
    assertThat(prompt.text()).isEqualTo(msg(language, "chat.citizenship.ask"));
    assertThat(labels(prompt.keyboard())).startsWith(
        CountryNames.name("UA", language), CountryNames.name("RU", language), CountryNames.name("TR", language),
        CountryNames.name("GE", language), CountryNames.name("IR", language), CountryNames.name("KZ", language))
        .contains(msg(language, "chat.citizenship.other"), msg(language, "chat.citizenship.abroad"),
            msg(language, "chat.citizenship.stateless"), msg(language, "chat.citizenship.unknown"))
        .hasSize(CitizenshipPicker.COMMON.size() + 4);
    assertThat(sends(second)).as("never asked twice").hasSize(1);
  }

  @Test
  void cldrNames_areLocalised() {
    assertThat(CountryNames.name("UA", Language.AZ)).isEqualTo("Ukrayna");
    assertThat(CountryNames.name("UA", Language.RU)).isEqualTo("Украина");
    assertThat(CountryNames.name("UA", Language.EN)).isEqualTo("Ukraine");
  }

  @Test
  void notAskedBeforeAnyAnswer_noOnboardingBeforeTheAnswer() {
    Sender sender = user(1, Language.EN);
    assertThat(sends(chat.command(sender, "start"))).noneMatch(s -> s.text().equals(msg(Language.EN, "chat.citizenship.ask")));
    assertThat(sends(chat.text(sender, chat.triage.outOfScope("plov", Language.EN)))).hasSize(1);
    List<Action> answer = firstAnswer(sender, Language.EN);
    assertThat(sends(answer).get(0).text()).as("the answer first").isEqualTo(TestCatalog.answer("reg-how", Language.EN));
  }

  @ParameterizedTest
  @CsvSource({"Georgia,GE", "Stateless,stateless", "Azerbaijani citizen abroad,azerbaijani-abroad",
      "Prefer not to say,unknown"})
  void button_recordsTheChoiceAndThanksByEditingThePrompt(String label, String stored) {
    Sender sender = user(1, Language.EN);
    List<Action> first = firstAnswer(sender, Language.EN);

    List<Action> chosen = chat.press(sender, first, label);

    assertThat(pressAnswer(chosen).notice()).isEmpty();
    assertThat(chat.log.citizenships).containsEntry(1L, stored);
    assertThat(edits(chosen)).singleElement().satisfies(e -> assertThat(e.keyboard().isEmpty()).isTrue());
  }

  @ParameterizedTest
  @CsvSource({
      "az, Ukrayna, UA", "az, ukrayna, UA", "az, Türkiyə, TR", "az, turkiye, TR", "az, Özbəkistan, UZ",
      "az, ozbekistan, UZ", "az, Gürcüstan, GE", "az, Qırğızıstan, KG", "az, qirgizistan, KG",
      "ru, Украина, UA", "ru, УКРАИНА, UA", "ru, украина, UA", "ru, Узбекистан, UZ", "ru, Кыргызстан, KG",
      "ru, Белоруссия, BY", "ru, Таджикистан, TJ", "ru, таджикистан , TJ",
      "en, ukraine, UA", "en, ukrain, UA", "en, Ukraine, UA", "en, Turkey, TR", "en, Syria, SY",
      "en, Bangladesh, BD", "en, Egypt, EG", "en, Ukriane, UA", "en, Afganistan, AF"})
  void otherCountry_typedNameInAnyScript_resolvesToItsCode(String lang, String typed, String code) {
    Language language = Language.fromTag(lang).orElseThrow();
    Sender sender = user(1, language);
    List<Action> first = firstAnswer(sender, language);
    List<Action> other = chat.press(sender, first, msg(language, "chat.citizenship.other"));
    assertThat(edits(other)).singleElement().extracting(Action.Edit::text).isEqualTo(msg(language, "chat.citizenship.type"));

    List<Action> reply = chat.text(sender, typed);

    assertThat(chat.log.citizenships).containsEntry(1L, code);
    assertThat(sends(reply)).singleElement().extracting(Action.Send::text)
        .isEqualTo(msg(language, "chat.citizenship.saved", CountryNames.name(code, language)));
    assertThat(chat.triage.seen).as("a country name is not a question").doesNotContain(typed);
  }

  @Test
  void ambiguousName_asksAgainWithTheCandidates_andAButtonSettlesIt() {
    Sender sender = user(1, Language.EN);
    chat.press(sender, firstAnswer(sender, Language.EN), "Other country…");

    List<Action> reply = chat.text(sender, "Turk");

    assertThat(chat.log.citizenships).doesNotContainKey(1L);
    Action.Send ask = sends(reply).get(0);
    assertThat(ask.text()).isEqualTo(msg(Language.EN, "chat.citizenship.ambiguous", "Turk"));
    assertThat(labels(ask.keyboard())).contains("Türkiye", "Turkmenistan", "Prefer not to say");
    chat.press(sender, reply, "Turkmenistan");
    assertThat(chat.log.citizenships).containsEntry(1L, "TM");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void unknownName_asksAgain_stillWaitingForTheName(Language language) {
    Sender sender = user(1, language);
    chat.press(sender, firstAnswer(sender, language), msg(language, "chat.citizenship.other"));

    List<Action> reply = chat.text(sender, "Qwxzrt");

    assertThat(sends(reply).get(0).text()).isEqualTo(msg(language, "chat.citizenship.notFound", "Qwxzrt"));
    assertThat(chat.log.citizenships).isEmpty();
    chat.text(sender, "Moldova");
    assertThat(chat.log.citizenships).containsEntry(1L, "MD");
  }

  @Test
  void aNearMiss_offersTheNearestCountries() {
    Sender sender = user(1, Language.EN);
    chat.press(sender, firstAnswer(sender, Language.EN), "Other country…");

    List<Action> reply = chat.text(sender, "Ukrainian");

    assertThat(sends(reply).get(0).text()).isEqualTo(msg(Language.EN, "chat.citizenship.notFoundNear", "Ukrainian"));
    assertThat(labels(sends(reply).get(0).keyboard())).contains("Ukraine");
  }

  @Test
  void aSentenceWhileWaitingForTheName_isAnsweredAsAQuestion() {
    Sender sender = user(1, Language.EN);
    chat.press(sender, firstAnswer(sender, Language.EN), "Other country…");
    String question = chat.triage.answer("how long can I stay without registration here", Language.EN, "reg-fine");

    List<Action> reply = chat.text(sender, question);

    assertThat(sends(reply).get(0).text()).isEqualTo(TestCatalog.answer("reg-fine", Language.EN));
    chat.text(sender, "Moldova");
    assertThat(chat.log.citizenships).as("no longer waiting for a country").isEmpty();
    assertThat(chat.triage.seen).contains("Moldova");
  }

  @Test
  void cancel_stopsWaitingForTheName() {
    Sender sender = user(1, Language.RU);
    chat.press(sender, firstAnswer(sender, Language.RU), msg(Language.RU, "chat.citizenship.other"));

    chat.command(sender, "cancel");
    chat.text(sender, "Украина");

    assertThat(chat.log.citizenships).isEmpty();
    assertThat(chat.triage.seen).contains("Украина");
  }

  @Test
  void forgedCountryCode_isRefusedAndNothingRecorded() {
    Sender sender = user(1, Language.EN);
    firstAnswer(sender, Language.EN);

    List<Action> forged = chat.press(sender, 3, "c:ZZ");

    assertThat(pressAnswer(forged).notice()).contains(msg(Language.EN, "chat.stale"));
    assertThat(chat.log.citizenships).isEmpty();
    assertThat(edits(forged)).isEmpty();
  }
}
