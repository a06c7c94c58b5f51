package az.council.helpdesk.conversation;

import az.council.helpdesk.support.MutableClock;
import static az.council.helpdesk.conversation.ChatHarness.handOffs;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The conversation over the real FAQ and the real triage engine: what a migrant would see. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class RealFaqConversationTest {
  private FaqCatalog catalog;
  private Triage triage;
  private final FakeInquiryLog log = new FakeInquiryLog();
  private Conversation conversation;

  @BeforeAll
  void loadTheFaq() {
    catalog = FaqCatalog.load(Path.of("faq"));
    triage = Triage.over(catalog, 100);
    conversation = new Conversation(triage, catalog, ChatHarness.MESSAGES, new FakeProfiles(), log,
        new MutableClock(Instant.parse("2026-03-01T10:00:00Z")));
  }

  private List<Action> ask(long user, Language client, String text) {
    return conversation.handle(new Event.Text(Sender.privateChat(user, client.tag()), Instant.now(), 1, text));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aCanonicalQuestion_getsItsAnswerInTheLanguageItWasAskedIn(Language language) {
    String question = catalog.byId("registration-who-must").orElseThrow().in(language).question();

    List<Action> actions = ask(100 + language.ordinal(), Language.EN, question);

    assertThat(sends(actions).get(0).text()).isEqualTo(catalog.byId("registration-who-must").orElseThrow()
        .in(language).answer());
    assertThat(log.last().entryId()).contains("registration-who-must");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EN|I'm scared, how many days do I have to register my place of stay?",
      "RU|Срочно! Сколько дней дается на регистрацию по месту пребывания?",
      "AZ|Qorxuram, gəldikdən sonra neçə gün ərzində qeydiyyatdan keçməliyəm?"})
  void aFrightenedQuestion_getsTheEmergencyContactsAndAMemberButtonFirst_withoutAHandOff(Language language, String text) {
    List<Action> actions = ask(300 + language.ordinal(), language, text);

    Action.Send first = sends(actions).get(0);
    assertThat(first.text()).startsWith(msg(language, "triage.distress")).contains("102");
    assertThat(first.keyboard().rows()).hasSize(1);
    assertThat(sends(actions).get(1).text()).isNotEqualTo(first.text());
    assertThat(log.last().topic()).contains(az.council.helpdesk.faq.Topic.REGISTRATION);
    assertThat(log.last().escalated()).isFalse();
    assertThat(handOffs(actions)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The police detained my husband yesterday, what should I do?",
      "ru|Моего мужа задержала полиция, что делать?",
      "az|Ərimi polis tutub, nə edim?"})
  void anUrgentMessage_getsTheEmergencyContactsAndIsHandedOff(String tag, String text) {
    Language language = Language.fromTag(tag).orElseThrow();

    List<Action> actions = ask(200 + language.ordinal(), Language.EN, text);

    assertThat(sends(actions).get(0).text()).startsWith(msg(language, "triage.urgent")).contains("102", "112");
    assertThat(handOffs(actions)).singleElement().satisfies(h -> {
      assertThat(h.reason()).isEqualTo(Action.HandOff.Reason.URGENT);
      assertThat(h.urgency()).contains(Urgency.DETENTION);
      assertThat(h.language()).isEqualTo(language);
    });
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aQuestionInGeorgian_isAskedAgainInAllThreeLanguages_withTheNumbersAndAMember_andLogged(Language language) {
    List<Action> actions = ask(500 + language.ordinal(), language, "როგორ მივიღო ბინადრობის ნებართვა?");

    Action.Send reply = sends(actions).get(0);
    assertThat(reply.text()).startsWith(msg(language, "triage.unreadable"));
    for (Language other : Language.values()) {
      assertThat(reply.text()).contains(msg(other, "triage.unreadable"));
    }
    assertThat(reply.text()).contains("112").doesNotContain(msg(language, "triage.outOfScope"));
    assertThat(reply.keyboard().rows()).singleElement()
        .satisfies(row -> assertThat(row.get(0).label()).isEqualTo(msg(language, "chat.button.member")));
    assertThat(log.last().topic()).isEmpty();
    assertThat(log.last().escalated()).isFalse();
    assertThat(handOffs(actions)).isEmpty();
  }

  @Test
  void aTwelveThousandCharacterMessage_isReadFromItsStart() {
    String huge = "How do I register at my place of stay? " + "Details. ".repeat(1500);

    List<Action> actions = ask(300, Language.EN, huge);

    assertThat(huge).hasSizeGreaterThan(12_000);
    assertThat(sends(actions).get(0).text()).isEqualTo(msg(Language.EN, "chat.longText", 600));
    assertThat(sends(actions)).hasSizeGreaterThan(1);
  }

  @Test
  void everyTopicPage_andEveryEntryOfTheRealFaq_opensWithoutError() {
    Sender sender = Sender.privateChat(400, "ru");
    for (var entry : catalog.entries()) {
      List<Action> actions = conversation.handle(new Event.Press(sender, Instant.now(), "c", 9,
          CallbackCodec.encode(new Callback.MenuEntry(entry.id()))));
      assertThat(((Action.AnswerPress) actions.get(0)).notice()).as(entry.id()).isEqualTo(Optional.empty());
    }
  }
}
