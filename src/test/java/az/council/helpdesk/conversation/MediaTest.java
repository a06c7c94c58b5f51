package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stickers, photos, voice, files and locations get a polite explanation; a caption is answered, not lost. */
final class MediaTest {
  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @EnumSource(Event.Media.Kind.class)
  void everyKind_getsItsOwnExplanationInEachLanguage(Event.Media.Kind kind) {
    for (Language language : Language.values()) {
      List<Action> actions = chat.media(user(10 + language.ordinal(), language), kind, Optional.empty());

      assertThat(sends(actions)).singleElement().extracting(Action.Send::text)
          .isEqualTo(msg(language, "chat.media." + kind.name().toLowerCase(Locale.ROOT)));
    }
    assertThat(chat.log.inquiries).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aPhotoWithACaption_explainsAndAnswersTheCaption(Language language) {
    String caption = chat.triage.answer("caption " + language, language, "reg-how");

    List<Action> actions = chat.media(user(1, language), Event.Media.Kind.PHOTO, Optional.of(caption));

    assertThat(sends(actions).get(0).text()).isEqualTo(msg(language, "chat.media.photo"));
    assertThat(sends(actions).get(1).text()).isEqualTo(TestCatalog.answer("reg-how", language));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void anEditedMessage_isAnsweredAgain(Language language) {
    Sender sender = user(1, language);
    String edited = chat.triage.answer("edited " + language, language, "reg-fine");

    List<Action> actions = chat.conversation.handle(new Event.Edited(sender, chat.clock.instant(), 4, edited));

    assertThat(sends(actions).get(0).text()).isEqualTo(TestCatalog.answer("reg-fine", language));
  }
}
