package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Keyboard;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class OutgoingTest {
  private final TextSplitter splitter = new TextSplitter(20);
  private final Keyboard keyboard = Keyboard.of(List.of(new Keyboard.Button("OK", "ok")));

  @Test
  void longSend_becomesSeveralMessages_withTheKeyboardUnderTheLast() {
    List<Outgoing> calls = Outgoing.plan(List.of(new Action.Send(5, "first part here\n\nsecond part here", keyboard)),
        5, splitter);

    assertThat(calls).containsExactly(
        new Outgoing.Message(5, "first part here", Keyboard.NONE),
        new Outgoing.Message(5, "second part here", keyboard));
  }

  @Test
  void longEdit_keepsTheFirstPartAndSendsTheRest() {
    List<Outgoing> calls = Outgoing.plan(List.of(new Action.Edit(5, 9, "first part here\n\nsecond part here", keyboard)),
        5, splitter);

    assertThat(calls).containsExactly(
        new Outgoing.EditText(5, 9, "first part here", Keyboard.NONE),
        new Outgoing.Message(5, "second part here", keyboard));
  }

  @Test
  void blankText_isDroppedBecauseTelegramRefusesIt() {
    assertThat(Outgoing.plan(List.of(new Action.Send(5, "  ", keyboard)), 5, splitter)).isEmpty();
  }

  @Test
  void answerToAPress_isOrderedInThePressingChat() {
    assertThat(Outgoing.plan(List.of(new Action.AnswerPress("q", Optional.of(" "))), 5, splitter))
        .containsExactly(new Outgoing.Answer(5, "q", Optional.empty()));
  }

  @Test
  void textIsCleaned_loneSurrogatesAndControlCharacters() {
    List<Outgoing> calls = Outgoing.plan(List.of(new Action.Send(5, "a\uD800b\u0000c\r\nd", Keyboard.NONE)), 5,
        new TextSplitter(100));

    assertThat(calls).containsExactly(new Outgoing.Message(5, "a\uFFFDb c\nd", Keyboard.NONE));
  }

  @Test
  void markupCharacters_goOutAsTyped() {
    String text = "_*[]()~`>#+-=|{}.! <>& **bold**";

    assertThat(Outgoing.plan(List.of(new Action.Send(5, text, Keyboard.NONE)), 5, new TextSplitter(100)))
        .containsExactly(new Outgoing.Message(5, text, Keyboard.NONE));
    assertThat(((org.telegram.telegrambots.meta.api.methods.send.SendMessage) ApiRequests.of(
        new Outgoing.Message(5, text, Keyboard.NONE))).getParseMode()).isNull();
  }

  @Test
  void blankButtonLabels_areDropped() {
    Keyboard odd = new Keyboard(List.of(List.of(new Keyboard.Button(" ", "x"), new Keyboard.Button("Go", "go"))));

    assertThat(Outgoing.plan(List.of(new Action.Send(5, "t", odd)), 5, splitter))
        .containsExactly(new Outgoing.Message(5, "t", Keyboard.of(List.of(new Keyboard.Button("Go", "go")))));
  }
}
