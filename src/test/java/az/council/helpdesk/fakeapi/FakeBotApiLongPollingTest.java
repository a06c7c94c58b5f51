package az.council.helpdesk.fakeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** A real telegrambots long-polling session against the fake: updates arrive, offsets confirm them. */
final class FakeBotApiLongPollingTest {
  private static final FakeUser ALI = FakeUser.of(42, "Ali", "az");
  private static final FakeUser OLGA = FakeUser.of(43, "Olga", "ru").withUsername("olga");
  private static final FakeChat STAFF = FakeChat.forum(-1001234567890L, "Council staff");
  private static final FakeChat NEWS = FakeChat.channel(-1005550001L, "Council news", "council_news");
  private static final List<String> ALLOWED = List.of("message", "edited_message", "callback_query", "my_chat_member",
      "channel_post");

  private FakeBotApi api;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void everyKindOfUserUpdate_reachesTheBotInOrder_andIsConfirmedByTheNextOffset() throws Exception {
    FakeTopic topic = api.chats().openTopic(STAFF, OLGA, "Questions");
    Enqueued hello = api.incoming().text(ALI, "salam");
    api.incoming().command(OLGA, "/start");
    api.incoming().photo(ALI, "passport page");
    api.incoming().sticker(ALI);
    api.incoming().voice(ALI, 3);
    api.incoming().document(ALI, "contract.pdf", "");
    api.incoming().location(ALI, 40.4093, 49.8671);
    api.incoming().edit(ALI, 42, hello.messageId(), "salam, necəsiz?");
    api.incoming().groupText(STAFF, OLGA, "I take case 17", OptionalInt.of(topic.threadId()));
    api.incoming().channelPost(NEWS, "Office closed on Monday");
    api.incoming().pressWithData(ALI, 42, hello.messageId(), "stale:data");
    Enqueued blocked = api.incoming().blocksBot(ALI);

    try (PollingBot bot = new PollingBot(api, ALLOWED)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> bot.received.size() == 12);
      api.chats().awaitConfirmed(blocked.updateId(), Duration.ofSeconds(10));

      List<Update> u = bot.received;
      assertThat(u).extracting(Update::getUpdateId).isSorted().doesNotHaveDuplicates();
      assertThat(u.get(0).getMessage().getText()).isEqualTo("salam");
      assertThat(u.get(0).getMessage().getFrom().getLanguageCode()).isEqualTo("az");
      // telegrambots quirk: isCommand() only works after getEntities() computed the entities' texts
      assertThat(u.get(1).getMessage().getEntities()).singleElement()
          .satisfies(e -> assertThat(e.getType()).isEqualTo("bot_command"));
      assertThat(u.get(1).getMessage().isCommand()).isTrue();
      assertThat(u.get(1).getMessage().getFrom().getUserName()).isEqualTo("olga");
      assertThat(u.get(2).getMessage().getPhoto()).hasSize(3);
      assertThat(u.get(2).getMessage().getCaption()).isEqualTo("passport page");
      assertThat(u.get(3).getMessage().getSticker().getEmoji()).isNotEmpty();
      assertThat(u.get(4).getMessage().getVoice().getDuration()).isEqualTo(3);
      assertThat(u.get(5).getMessage().getDocument().getFileName()).isEqualTo("contract.pdf");
      assertThat(u.get(6).getMessage().getLocation().getLatitude()).isEqualTo(40.4093);
      assertThat(u.get(7).getEditedMessage().getText()).isEqualTo("salam, necəsiz?");
      assertThat(u.get(7).getEditedMessage().getEditDate()).isNotNull();
      assertThat(u.get(8).getMessage().getMessageThreadId()).isEqualTo(topic.threadId());
      assertThat(u.get(8).getMessage().getIsTopicMessage()).isTrue();
      assertThat(u.get(8).getMessage().getChat().getIsForum()).isTrue();
      assertThat(u.get(9).getChannelPost().getSenderChat().getUserName()).isEqualTo("council_news");
      assertThat(u.get(10).getCallbackQuery().getData()).isEqualTo("stale:data");
      assertThat(u.get(11).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
      assertThat(api.pendingUpdates()).isZero();
      assertThat(api.redeliveredUpdates()).isZero();
      assertThat(api.calls().count("deleteWebhook")).isEqualTo(1);
    }
  }

  @Test
  void updatesOfTypesTheBotDidNotAskFor_areDropped() throws Exception {
    try (PollingBot bot = new PollingBot(api, List.of("message"))) {
      api.incoming().text(ALI, "first");
      await().atMost(Duration.ofSeconds(10)).until(() -> bot.received.size() == 1);

      api.incoming().blocksBot(ALI);
      Enqueued last = api.incoming().unblocksBot(ALI);
      api.incoming().text(ALI, "second");

      await().atMost(Duration.ofSeconds(10)).until(() -> bot.received.size() == 2);
      assertThat(bot.received).extracting(x -> x.getMessage().getText()).containsExactly("first", "second");
      assertThat(api.confirmedBelow()).isGreaterThan(last.updateId());
    }
  }

  @Test
  void anIdleSession_waitsInTheLongPollInsteadOfBusyLooping() throws Exception {
    try (PollingBot bot = new PollingBot(api, List.of("message"))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> api.waitingPolls() == 1);
      await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
          .until(() -> api.calls().count("getUpdates") == 0 && api.waitingPolls() == 1);

      api.incoming().text(ALI, "wake up");

      await().atMost(Duration.ofSeconds(5)).until(() -> bot.received.size() == 1);
      assertThat(api.calls().count("getUpdates")).isEqualTo(1);
    }
  }

  @Test
  void aFailingGetUpdates_isRetriedBySessionAndTheUpdateStillArrives() throws Exception {
    api.faults().failNext("getUpdates", 2, Fault.badGateway());
    api.incoming().text(ALI, "are you there?");

    try (PollingBot bot = new PollingBot(api, List.of("message"))) {
      await().atMost(Duration.ofSeconds(15)).until(() -> bot.received.size() == 1);
      assertThat(api.calls().countWithStatus(502)).isEqualTo(2);
    }
  }
}
