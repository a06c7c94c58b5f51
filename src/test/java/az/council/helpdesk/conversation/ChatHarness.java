package az.council.helpdesk.conversation;

import az.council.helpdesk.support.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The conversation over the test catalog with fakes at every boundary, and a few ways to read its actions.
 * Messages the bot sends get ids from a counter, as Telegram would give them.
 */
final class ChatHarness {
  static final Messages MESSAGES = new Messages();
  final FaqCatalog catalog = TestCatalog.build();
  final FakeProfiles profiles = new FakeProfiles();
  final FakeInquiryLog log = new FakeInquiryLog();
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  final ScriptedTriage triage = new ScriptedTriage(catalog);
  final Conversation conversation = new Conversation(triage, catalog, MESSAGES, profiles, log, clock);
  private int nextMessageId = 1;
  private int nextCallback = 1;

  static Sender user(long id, String clientLanguage) {
    return Sender.privateChat(id, clientLanguage);
  }

  static Sender user(long id, Language language) {
    return user(id, language.tag());
  }

  static String msg(Language language, String key, Object... args) {
    return MESSAGES.get(language, key, args);
  }

  List<Action> text(Sender sender, String text) {
    return conversation.handle(new Event.Text(sender, clock.instant(), nextMessageId++, text));
  }

  List<Action> command(Sender sender, String name) {
    return conversation.handle(new Event.Command(sender, clock.instant(), nextMessageId++, name, ""));
  }

  List<Action> press(Sender sender, int messageId, String data) {
    return conversation.handle(new Event.Press(sender, clock.instant(), "cb" + nextCallback++, messageId, data));
  }

  /** Presses the button whose label is {@code label} in {@code actions}; the message id is made up but stable. */
  List<Action> press(Sender sender, List<Action> actions, String label) {
    return press(sender, 77, data(actions, label));
  }

  List<Action> media(Sender sender, Event.Media.Kind kind, Optional<String> caption) {
    return conversation.handle(new Event.Media(sender, clock.instant(), nextMessageId++, kind, caption));
  }

  static List<Action.Send> sends(List<Action> actions) {
    return actions.stream().filter(Action.Send.class::isInstance).map(Action.Send.class::cast).toList();
  }

  static List<Action.Edit> edits(List<Action> actions) {
    return actions.stream().filter(Action.Edit.class::isInstance).map(Action.Edit.class::cast).toList();
  }

  static List<Action.HandOff> handOffs(List<Action> actions) {
    return actions.stream().filter(Action.HandOff.class::isInstance).map(Action.HandOff.class::cast).toList();
  }

  static Action.AnswerPress pressAnswer(List<Action> actions) {
    List<Action.AnswerPress> answers = actions.stream().filter(Action.AnswerPress.class::isInstance)
        .map(Action.AnswerPress.class::cast).toList();
    assertThat(answers).as("one acknowledgement per press").hasSize(1);
    assertThat(actions.get(0)).as("the acknowledgement comes first").isInstanceOf(Action.AnswerPress.class);
    return answers.get(0);
  }

  static List<Keyboard.Button> buttons(Keyboard keyboard) {
    return keyboard.rows().stream().flatMap(List::stream).toList();
  }

  static List<Keyboard.Button> buttons(List<Action> actions) {
    return actions.stream().flatMap(a -> switch (a) {
      case Action.Send s -> buttons(s.keyboard()).stream();
      case Action.Edit e -> buttons(e.keyboard()).stream();
      default -> Stream.empty();
    }).toList();
  }

  static List<String> labels(Keyboard keyboard) {
    return buttons(keyboard).stream().map(Keyboard.Button::label).toList();
  }

  static String data(List<Action> actions, String label) {
    return buttons(actions).stream().filter(b -> b.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + actions)).data();
  }

  static String texts(List<Action> actions) {
    return String.join("\n---\n", actions.stream().map(a -> switch (a) {
      case Action.Send s -> s.text();
      case Action.Edit e -> e.text();
      default -> "";
    }).filter(t -> !t.isEmpty()).toList());
  }
}
