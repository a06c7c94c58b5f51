package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class AnswerOnlyHandlerTest {
  private static AnswerOnlyHandler handler;
  private static final Messages MESSAGES = new Messages();
  private final Sender russian = new Sender(7, 7, Optional.of("ru"));

  @BeforeAll
  static void load() {
    FaqCatalog catalog = FaqCatalog.load(Path.of("faq"));
    handler = new AnswerOnlyHandler(Triage.over(catalog, 100), new ReplyText(catalog, MESSAGES), MESSAGES);
  }

  @Test
  void aQuestion_getsTheTriageReplyAsText() {
    List<Action> actions = handler.handle(new Event.Text(russian, Instant.EPOCH, 1, "как продлить временное пребывание"));

    assertThat(actions).singleElement().isInstanceOfSatisfying(Action.Send.class, send -> {
      assertThat(send.chatId()).isEqualTo(7);
      assertThat(send.text()).isNotBlank();
    });
  }

  @Test
  void anUrgentQuestion_isAlsoHandedOff() {
    List<Action> actions = handler.handle(new Event.Text(russian, Instant.EPOCH, 1, "меня задержала полиция"));

    assertThat(actions).hasSize(2);
    assertThat(actions.get(1)).isInstanceOfSatisfying(Action.HandOff.class, h -> {
      assertThat(h.reason()).isEqualTo(Action.HandOff.Reason.URGENT);
      assertThat(h.urgency()).contains(Urgency.DETENTION);
      assertThat(h.chatId()).isEqualTo(7);
    });
  }

  @Test
  void human_handsOffAndTellsTheUser() {
    List<Action> actions = handler.handle(new Event.Command(russian, Instant.EPOCH, 1, "human", ""));

    assertThat(actions).hasSize(2).first().isInstanceOf(Action.HandOff.class);
    assertThat(((Action.Send) actions.get(1)).text()).isEqualTo(MESSAGES.get(az.council.helpdesk.i18n.Language.RU,
        "run.humanRequested"));
  }

  @Test
  void otherCommands_listTheCommandsInTheClientLanguage() {
    Sender azerbaijani = new Sender(8, 8, Optional.of("az"));

    Action reply = handler.handle(new Event.Command(azerbaijani, Instant.EPOCH, 1, "start", "")).get(0);

    assertThat(((Action.Send) reply).text()).contains("/language — Dili dəyiş");
  }

  @Test
  void aPress_isAnswered_andMediaGetsANote() {
    assertThat(handler.handle(new Event.Press(russian, Instant.EPOCH, "cbq", 1, "x")))
        .containsExactly(new Action.AnswerPress("cbq", Optional.empty()));
    assertThat(handler.handle(new Event.Media(russian, Instant.EPOCH, 1, Event.Media.Kind.STICKER, Optional.empty())))
        .singleElement().isInstanceOf(Action.Send.class);
  }
}
