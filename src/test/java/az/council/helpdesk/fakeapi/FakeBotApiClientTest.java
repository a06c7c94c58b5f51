package az.council.helpdesk.fakeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ForwardMessage;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.forum.CloseForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.EditForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.ReopenForumTopic;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake driven by the real telegrambots 10.2.0 client: every result must deserialise into its classes. */
final class FakeBotApiClientTest {
  private static final FakeUser ALI = FakeUser.of(42, "Ali", "az");
  private static final FakeChat STAFF = FakeChat.forum(-1001234567890L, "Council staff");
  private static final Duration WAIT = Duration.ofSeconds(5);

  private FakeBotApi api;
  private RealClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    client = new RealClient(api);
    api.incoming().text(ALI, "salam");
    api.chats().add(STAFF);
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void getMe_returnsTheBotUserNamedByTheToken() throws Exception {
    User me = client.telegram.execute(new GetMe());

    assertThat(me.getId()).isEqualTo(123456789L);
    assertThat(me.getIsBot()).isTrue();
    assertThat(me.getUserName()).isEqualTo("helpdesk_test_bot");
  }

  @Test
  void sendMessage_returnsTheMessageWithDateInSecondsAndShowsItInTheTranscript() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).text("Salam, Ali!").build());

    assertThat(sent.getMessageId()).isEqualTo(2); // the user's "salam" was message 1
    assertThat(sent.getChatId()).isEqualTo(42L);
    assertThat(sent.getFrom().getIsBot()).isTrue();
    assertThat(sent.getText()).isEqualTo("Salam, Ali!");
    assertThat(Instant.ofEpochSecond(sent.getDate())).isBetween(Instant.now().minusSeconds(60), Instant.now());
    assertThat(api.chats().botMessages(42)).extracting(ChatMessage::text).containsExactly("Salam, Ali!");
  }

  @Test
  void sendMessage_withHtml_returnsPlainTextAndEntities() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).parseMode("HTML")
        .text("<b>Viza</b> &amp; qeydiyyat").build());

    assertThat(sent.getText()).isEqualTo("Viza & qeydiyyat");
    assertThat(sent.getEntities()).singleElement().satisfies(e -> {
      assertThat(e.getType()).isEqualTo("bold");
      assertThat(e.getOffset()).isZero();
      assertThat(e.getLength()).isEqualTo(4);
    });
  }

  @Test
  void sendMessage_withBrokenMarkdown_isRejectedLikeTelegram() {
    assertThatThrownBy(() -> client.telegram.execute(SendMessage.builder().chatId(42L).parseMode("MarkdownV2")
        .text("Call 112.").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(400);
          assertThat(e.getApiResponse()).isEqualTo(
              "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
        });
    assertThat(api.chats().botMessages(42)).isEmpty();
  }

  @Test
  void sendMessage_toAChatTelegramDoesNotKnow_isChatNotFound() {
    assertThatThrownBy(() -> client.telegram.execute(SendMessage.builder().chatId(7L).text("hi").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(400);
          assertThat(e.getApiResponse()).isEqualTo("Bad Request: chat not found");
        });
  }

  @Test
  void sendMessage_toAUserWhoBlockedTheBot_isForbidden() {
    api.chats().setBlocked(ALI, true);

    assertThatThrownBy(() -> client.telegram.execute(SendMessage.builder().chatId(42L).text("hi").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(403);
          assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
        });
  }

  @Test
  void buttons_pressAndAnswer_roundTripThroughTheClient() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).text("Dil?")
        .replyMarkup(keyboard("Azərbaycanca", "lang:az")).build());
    assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("lang:az");

    ChatMessage shown = api.awaitMessages(42, 1, WAIT).get(0);
    Enqueued press = api.incoming().press(ALI, shown, "Azərbaycanca");
    Boolean answered = client.telegram.execute(AnswerCallbackQuery.builder()
        .callbackQueryId(press.callbackQueryId().orElseThrow()).text("Seçildi").build());

    assertThat(answered).isTrue();
    assertThat(api.chats().callbackAnswers()).singleElement().satisfies(a -> {
      assertThat(a.data()).isEqualTo("lang:az");
      assertThat(a.text()).contains("Seçildi");
      assertThat(a.userId()).isEqualTo(42L);
    });
    assertThatThrownBy(() -> client.telegram.execute(AnswerCallbackQuery.builder()
        .callbackQueryId(press.callbackQueryId().orElseThrow()).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(400));
  }

  @Test
  void editMessageText_changesWhatTheUserSeesAndDropsTheKeyboardUnlessResent() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).text("Mövzular")
        .replyMarkup(keyboard("Viza", "topic:visa")).build());

    var edited = client.telegram.execute(EditMessageText.builder().chatId(42L).messageId(sent.getMessageId())
        .text("Viza sualları").build());

    assertThat(((Message) edited).getEditDate()).isNotNull();
    ChatMessage now = api.chats().message(42, sent.getMessageId()).orElseThrow();
    assertThat(now.text()).isEqualTo("Viza sualları");
    assertThat(now.editCount()).isEqualTo(1);
    assertThat(now.buttons()).isEmpty();
  }

  @Test
  void editMessageText_withTheSameContent_isNotModified() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).text("Eyni").build());

    assertThatThrownBy(() -> client.telegram.execute(EditMessageText.builder().chatId(42L)
        .messageId(sent.getMessageId()).text("Eyni").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified"));
  }

  @Test
  void editMessageReplyMarkup_replacesTheButtons() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).text("Suallar")
        .replyMarkup(keyboard("1", "q:1")).build());

    client.telegram.execute(EditMessageReplyMarkup.builder().chatId(42L).messageId(sent.getMessageId())
        .replyMarkup(keyboard("Geri", "back")).build());

    assertThat(api.chats().message(42, sent.getMessageId()).orElseThrow().buttons())
        .extracting(ChatMessage.InlineButton::text).containsExactly("Geri");
  }

  @Test
  void deleteMessage_removesItFromTheScreenButKeepsItInTheTranscript() throws Exception {
    Message sent = client.telegram.execute(SendMessage.builder().chatId(42L).text("Sil").build());

    assertThat(client.telegram.execute(DeleteMessage.builder().chatId(42L).messageId(sent.getMessageId()).build()))
        .isTrue();

    assertThat(api.chats().visible(42)).extracting(ChatMessage::messageId).doesNotContain(sent.getMessageId());
    assertThat(api.chats().message(42, sent.getMessageId()).orElseThrow().deleted()).isTrue();
  }

  @Test
  void setMyCommands_isStoredPerLanguageAndReadBack() throws Exception {
    for (String language : List.of("az", "ru", "en")) {
      client.telegram.execute(SetMyCommands.builder().languageCode(language).scope(new BotCommandScopeDefault())
          .commands(List.of(new BotCommand("start", "start " + language), new BotCommand("help", "help"))).build());
    }

    List<BotCommand> russian = client.telegram.execute(GetMyCommands.builder().languageCode("ru").build());

    assertThat(russian).extracting(BotCommand::getDescription).containsExactly("start ru", "help");
    assertThat(api.chats().commands()).extracting(BotCommandSet::languageCode).containsExactly("az", "ru", "en");
    assertThat(api.chats().commands()).allSatisfy(set -> assertThat(set.scope()).isEqualTo("default"));
  }

  @Test
  void forumTopics_createPostCloseReopenAndRename() throws Exception {
    ForumTopic topic = client.telegram.execute(CreateForumTopic.builder().chatId(STAFF.id()).name("Case #17").build());
    Message inTopic = client.telegram.execute(SendMessage.builder().chatId(STAFF.id())
        .messageThreadId(topic.getMessageThreadId()).text("New case").build());
    client.telegram.execute(CloseForumTopic.builder().chatId(STAFF.id()).messageThreadId(topic.getMessageThreadId())
        .build());
    client.telegram.execute(ReopenForumTopic.builder().chatId(STAFF.id()).messageThreadId(topic.getMessageThreadId())
        .build());
    client.telegram.execute(EditForumTopic.builder().chatId(STAFF.id()).messageThreadId(topic.getMessageThreadId())
        .name("Case #17 (visa)").build());

    assertThat(topic.getName()).isEqualTo("Case #17");
    assertThat(topic.getIconColor()).isEqualTo(7322096);
    assertThat(inTopic.getMessageThreadId()).isEqualTo(topic.getMessageThreadId());
    assertThat(inTopic.getIsTopicMessage()).isTrue();
    assertThat(api.chats().topicsCreated()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("Case #17 (visa)");
      assertThat(t.closed()).isFalse();
    });
  }

  @Test
  void createForumTopic_outsideAForum_isRejected() {
    FakeChat plain = FakeChat.supergroup(-1009L, "Not a forum");
    api.chats().add(plain);

    assertThatThrownBy(() -> client.telegram.execute(CreateForumTopic.builder().chatId(plain.id()).name("x").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: the chat is not a forum"));
  }

  @Test
  void sendMessage_toATopicThatDoesNotExist_isThreadNotFound() {
    assertThatThrownBy(() -> client.telegram.execute(SendMessage.builder().chatId(STAFF.id()).messageThreadId(999)
        .text("x").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message thread not found"));
  }

  @Test
  void copyMessage_returnsAMessageIdAndCopiesTheContent() throws Exception {
    MessageId copy = client.telegram.execute(CopyMessage.builder().chatId(STAFF.id()).fromChatId(42L).messageId(1)
        .build());

    assertThat(api.chats().message(STAFF.id(), copy.getMessageId().intValue()).orElseThrow().text()).isEqualTo("salam");
  }

  @Test
  void forwardMessage_returnsTheMessageWithItsOrigin() throws Exception {
    Message forwarded = client.telegram.execute(ForwardMessage.builder().chatId(STAFF.id()).fromChatId(42L)
        .messageId(1).build());

    assertThat(forwarded.getText()).isEqualTo("salam");
    assertThat(forwarded.getForwardOrigin()).isInstanceOfSatisfying(MessageOriginUser.class,
        o -> assertThat(o.getSenderUser().getId()).isEqualTo(42L));
  }

  @Test
  void sendDocument_uploadsTheFileAsMultipart() throws Exception {
    byte[] csv = "id;topic\n1;visa\n".getBytes(StandardCharsets.UTF_8);

    Message sent = client.telegram.execute(SendDocument.builder().chatId(STAFF.id())
        .document(new InputFile(new ByteArrayInputStream(csv), "report.csv")).caption("Hesabat").build());

    assertThat(sent.getDocument().getFileName()).isEqualTo("report.csv");
    assertThat(sent.getDocument().getMimeType()).isEqualTo("text/csv");
    assertThat(sent.getDocument().getFileSize()).isEqualTo((long) csv.length);
    assertThat(sent.getCaption()).isEqualTo("Hesabat");
    ApiCall call = api.calls().of("sendDocument").get(0);
    assertThat(call.params().files().values()).singleElement()
        .satisfies(f -> assertThat(f.bytes()).isEqualTo(csv));
  }

  @Test
  void sendPhoto_byTheFileIdOfAnEarlierUpload_reusesIt() throws Exception {
    Message first = client.telegram.execute(SendPhoto.builder().chatId(42L)
        .photo(new InputFile(new ByteArrayInputStream(new byte[] {1, 2, 3}), "map.png")).build());
    String fileId = first.getPhoto().get(first.getPhoto().size() - 1).getFileId();

    Message again = client.telegram.execute(SendPhoto.builder().chatId(42L).photo(new InputFile(fileId)).build());

    assertThat(again.getPhoto().get(again.getPhoto().size() - 1).getFileId()).isEqualTo(fileId);
  }

  @Test
  void chatQueries_describeTheStaffForumAndTheBotsRights() throws Exception {
    FakeUser member = FakeUser.of(7, "Leyla", "az");
    api.chats().setMember(STAFF, member, MemberStatus.ADMINISTRATOR);

    ChatFullInfo chat = client.telegram.execute(GetChat.builder().chatId(STAFF.id()).build());
    ChatMember bot = client.telegram.execute(GetChatMember.builder().chatId(STAFF.id()).userId(api.bot().id()).build());
    List<ChatMember> admins = client.telegram.execute(GetChatAdministrators.builder().chatId(STAFF.id()).build());

    assertThat(chat.getIsForum()).isTrue();
    assertThat(chat.getTitle()).isEqualTo("Council staff");
    assertThat(bot).isInstanceOfSatisfying(ChatMemberAdministrator.class,
        a -> assertThat(a.getCanManageTopics()).isTrue());
    assertThat(admins).extracting(m -> m.getUser().getId()).containsExactlyInAnyOrder(7L, api.bot().id());
  }

  @Test
  void sendChatActionAndLeaveChat_answerTrue() throws Exception {
    assertThat(client.telegram.execute(SendChatAction.builder().chatId(42L).action("typing").build())).isTrue();
    assertThat(client.telegram.execute(LeaveChat.builder().chatId(STAFF.id()).build())).isTrue();

    assertThatThrownBy(() -> client.telegram.execute(SendMessage.builder().chatId(STAFF.id()).text("x").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(403));
  }

  @Test
  void aBotRemovedFromAGroup_isForbiddenThere_untilAddedAgain() throws Exception {
    FakeUser admin = FakeUser.of(7, "Leyla", "az");
    api.incoming().botRemovedFrom(STAFF, admin);

    assertThatThrownBy(() -> client.telegram.execute(SendMessage.builder().chatId(STAFF.id()).text("x").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was kicked from the supergroup chat"));

    api.incoming().botAddedTo(STAFF, admin);

    assertThat(client.telegram.execute(SendMessage.builder().chatId(STAFF.id()).text("back").build()).getText())
        .isEqualTo("back");
  }

  @Test
  void aWrongToken_isUnauthorized() {
    try (RealClient stranger = new RealClient(api, "987654321:WRONGwrongWRONGwrong", Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> stranger.telegram.execute(new GetMe()))
          .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(401);
            assertThat(e.getApiResponse()).isEqualTo("Unauthorized");
          });
    }
  }

  private static InlineKeyboardMarkup keyboard(String text, String data) {
    return InlineKeyboardMarkup.builder()
        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(text).callbackData(data).build()))
        .build();
  }
}
