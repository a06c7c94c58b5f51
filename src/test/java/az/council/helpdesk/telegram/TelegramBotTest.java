package az.council.helpdesk.telegram;

import static az.council.helpdesk.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.fakeapi.BotCommandSet;
import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.Enqueued;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeChat;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as a user sees it: the real telegrambots client and SQLite against the fake Bot API server. */
final class TelegramBotTest {
  @TempDir Path dir;
  private FakeBotApi api;
  private BotHarness harness;
  private final FakeUser aysel = FakeUser.of(42, "Aysel", "az");

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    harness = new BotHarness(api, dir);
  }

  @AfterEach
  void stop() {
    harness.close();
    api.close();
  }

  @Test
  void aText_isAnsweredInTheUsersChat_withItsButtons() {
    harness.start();

    api.incoming().text(aysel, "Qeydiyyat necə olur?");

    ChatMessage reply = api.awaitMessages(42, 1, WAIT).get(0);
    assertThat(reply.text()).isEqualTo("echo: Qeydiyyat necə olur?");
    assertThat(reply.buttons()).extracting(ChatMessage.InlineButton::text).containsExactly("More");
    assertThat(harness.events).singleElement().extracting(Event::sender)
        .isEqualTo(new Sender(42, 42, Optional.of("az")));
  }

  @Test
  void aCommandAddressedToTheBot_reachesTheConversationWithoutTheBotName() {
    harness.start();

    api.incoming().command(aysel, "/start@" + api.bot().username().orElseThrow());

    assertThat(api.awaitMessages(42, 1, WAIT).get(0).text()).isEqualTo("command start");
  }

  @Test
  void aButtonPress_isAnswered_andTheMessageEditedInPlace() {
    harness.start();
    api.incoming().text(aysel, "hello");
    ChatMessage menu = api.awaitMessages(42, 1, WAIT).get(0);

    api.incoming().press(aysel, menu, "More");

    assertThat(api.chats().awaitCallbackAnswers(1, WAIT).get(0).text()).contains("ok");
    ChatMessage edited = api.chats().awaitMessage(42, m -> m.messageId() == menu.messageId() && m.editCount() == 1, WAIT);
    assertThat(edited.text()).isEqualTo("pressed more:" + menu.json().path("reply_to_message").path("message_id")
        .asInt(harness.events.get(0) instanceof Event.Text t ? t.messageId() : -1));
    assertThat(edited.buttons()).isEmpty();
    assertThat(api.chats().botMessages(42)).hasSize(1);
  }

  @Test
  void theCommandMenu_isSetInAzRuEnAndTheDefault_fromTheBundles() {
    harness.start();

    Map<String, BotCommandSet> sets = api.chats().commands().stream()
        .collect(Collectors.toMap(BotCommandSet::languageCode, s -> s));

    assertThat(sets.keySet()).containsExactlyInAnyOrder("az", "ru", "en", "");
    Messages messages = new Messages();
    for (Language language : Language.values()) {
      assertThat(sets.get(language.tag()).commands()).extracting(BotCommandSet.Command::command)
          .containsExactlyElementsOf(az.council.helpdesk.conversation.BotCommands.NAMES);
      assertThat(sets.get(language.tag()).commands().get(4).description())
          .isEqualTo(messages.get(language, "chat.command.human"));
    }
    assertThat(sets.get("").commands()).isEqualTo(sets.get("en").commands());
  }

  @Test
  void handledUpdates_areConfirmedByTheNextOffset_andNeverRedelivered() {
    harness.start();

    Enqueued last = null;
    for (int i = 0; i < 5; i++) {
      last = api.incoming().text(aysel, "q" + i);
    }

    api.awaitMessages(42, 5, WAIT);
    api.chats().awaitConfirmed(last.updateId(), WAIT);
    assertThat(api.pendingUpdates()).isZero();
    assertThat(api.redeliveredUpdates()).isZero();
    assertThat(api.chats().botMessages(42)).extracting(ChatMessage::text)
        .containsExactly("echo: q0", "echo: q1", "echo: q2", "echo: q3", "echo: q4");
  }

  @Test
  void aStrangersGroup_isLeft_andTheConversationNeverSeesIt() {
    harness.start();
    FakeChat group = FakeChat.supergroup(-100555, "Random group");
    api.chats().add(group);

    api.incoming().groupText(group, aysel, "hello bot");

    await().atMost(WAIT).until(() -> api.calls().count("leaveChat") == 1);
    assertThat(harness.events).isEmpty();
  }

  @Test
  void aUserWhoBlockedTheBot_getsOneAttempt_andNoRetryLoop() {
    harness.start();
    api.chats().setBlocked(aysel, true);

    api.incoming().text(aysel, "hi");

    await().atMost(WAIT).until(() -> harness.bot().metrics().snapshot().blockedChats() == 1);
    await().during(Duration.ofMillis(500)).atMost(WAIT)
        .until(() -> api.calls().of("sendMessage").stream().filter(c -> c.chatId().equals(Optional.of(42L))).count() == 1);
    assertThat(harness.bot().metrics().snapshot().retries()).isZero();
  }

  @Test
  void close_abortsTheHangingLongPoll_andLeavesNoThreadBehind() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    harness.start();
    api.incoming().text(aysel, "hi");
    api.awaitMessages(42, 1, WAIT);

    long started = System.nanoTime();
    harness.stop();
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(millis).as("stopping while a 50 s long poll hangs").isLessThan(3_000);
    // Threads the fake server starts per request are its own (closed in @AfterEach), not the bot's.
    await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t))
            .map(Thread::getName).filter(name -> !name.startsWith("fake-bot-api")).toList()).isEmpty());
  }

  @Test
  void aRejectedToken_stopsStartUpWithOneSentence_withoutTheToken() {
    String wrong = "987654321:AAHwrongTokenWrongTokenWrongTokenXX";
    harness.configure(c -> c.withToken(new az.council.helpdesk.config.Secret(wrong)));

    org.assertj.core.api.Assertions.assertThatThrownBy(harness::start)
        .isInstanceOf(az.council.helpdesk.config.ConfigException.class)
        .hasMessageStartingWith("Telegram rejected TELEGRAM_BOT_TOKEN (")
        .hasMessageEndingWith("copy the token again from @BotFather.")
        .hasMessageNotContaining(wrong).hasMessageNotContaining("AAHwrong");
  }

  @Test
  void editsMediaAndLanguageCodes_reachTheConversation() {
    harness.start();
    FakeUser noLanguage = FakeUser.withoutLanguage(43, "Oleg");
    Enqueued first = api.incoming().text(noLanguage, "typo");
    api.awaitMessages(43, 1, WAIT);

    api.incoming().edit(noLanguage, 43, first.messageId(), "fixed");
    api.incoming().photo(noLanguage, "my passport");

    await().atMost(WAIT).until(() -> harness.events.size() == 3);
    List<Event> events = harness.events;
    assertThat(events.get(0).sender().clientLanguage()).isEmpty();
    assertThat(events.get(1)).isInstanceOfSatisfying(Event.Edited.class, e -> assertThat(e.text()).isEqualTo("fixed"));
    assertThat(events.get(2)).isInstanceOfSatisfying(Event.Media.class, m -> {
      assertThat(m.kind()).isEqualTo(Event.Media.Kind.PHOTO);
      assertThat(m.caption()).contains("my passport");
    });
  }
}
