package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.config.ApiEndpoint;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.config.HttpTimeouts;
import az.council.helpdesk.config.RetryPolicy;
import az.council.helpdesk.config.Secret;
import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeChat;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole helpdesk as {@code run} wires it (real telegrambots client, SQLite, FAQ, conversation, cases desk)
 * against the fake Bot API: a migrant's request travels to a Council member and back, in a forum staff group
 * and in a supergroup without topics (reply threads).
 */
final class CasesEndToEndTest {
  private static final long STAFF = -1001234567890L;
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final FakeUser ALI = FakeUser.of(42, "Ali", "en");
  private static final FakeUser LEYLA = FakeUser.of(7001, "Leyla", "az");
  private static final FakeUser STRANGER = FakeUser.of(9009, "Stranger", "en");

  @TempDir Path dataDir;

  @Test
  void aRequestTravelsToAMemberAndBack_inAForumTopic() {
    run(FakeChat.forum(STAFF, "Council"), true);
  }

  @Test
  void aRequestTravelsToAMemberAndBack_inReplyThreads() {
    run(FakeChat.supergroup(STAFF, "Council").withBot(FakeChat.BotRights.admin(false)), false);
  }

  @Test
  void theSecretaryGetsStatisticsInTheStaffGroup_andAStrangerIsRefused() {
    FakeChat staff = FakeChat.forum(STAFF, "Council");
    try (FakeBotApi api = FakeBotApi.start()) {
      api.chats().add(staff);
      Database database = Database.open(dataDir);
      try (BotWiring.Wired wired = BotWiring.bot(config(api), Map.of("STAFF_CHAT_ID", Long.toString(STAFF),
          "ADMIN_IDS", Long.toString(LEYLA.id()), "STAFF_LANGUAGE", "en"),
          database, FaqCatalog.load(Path.of("faq")), new Messages(), Clock.systemUTC())) {
        wired.bot().start().orElseThrow();
        api.incoming().text(ALI, "How many days do I have to register my address after arrival?");
        api.awaitMessages(ALI.id(), 1, WAIT);

        api.incoming().groupText(staff, STRANGER, "/stats", OptionalInt.empty());
        ChatMessage refused = api.chats().awaitMessage(STAFF, m -> m.fromBot() && m.text() != null, WAIT);
        assertThat(refused.text()).isEqualTo(new Messages().get(az.council.helpdesk.i18n.Language.EN, "secretary.refused"));

        api.incoming().groupText(staff, LEYLA, "/stats", OptionalInt.empty());
        ChatMessage figures = api.chats().awaitMessage(STAFF,
            m -> m.fromBot() && m.text() != null && !m.text().equals(refused.text()), WAIT);
        assertThat(figures.text()).contains("Persons: 1, inquiries: 1");
      } finally {
        database.close();
      }
    }
  }

  private void run(FakeChat staff, boolean forum) {
    try (FakeBotApi api = FakeBotApi.start()) {
      api.chats().add(staff);
      Database database = Database.open(dataDir);
      try (BotWiring.Wired wired = BotWiring.bot(config(api), Map.of("STAFF_CHAT_ID", Long.toString(STAFF),
          "ADMIN_IDS", Long.toString(LEYLA.id()), "STAFF_LANGUAGE", "en", "WORKING_HOURS", "Mon-Sun 00:00-23:59"),
          database, FaqCatalog.load(Path.of("faq")), new Messages(), Clock.systemUTC())) {
        wired.bot().start().orElseThrow();
        conversation(api, staff, forum, database);
      } finally {
        database.close();
      }
    }
  }

  private void conversation(FakeBotApi api, FakeChat staff, boolean forum, Database database) {
    api.incoming().text(ALI, "How many days do I have to register my address after arrival?");
    api.awaitMessages(ALI.id(), 1, WAIT);
    api.incoming().command(ALI, "/human");

    ChatMessage summary = api.chats().awaitMessage(STAFF, m -> m.fromBot() && m.button("✋ Claim").isPresent(), WAIT);
    int thread;
    if (forum) {
      assertThat(api.chats().topicsCreated()).hasSize(1);
      thread = api.chats().topicsCreated().get(0).threadId();
      assertThat(summary.threadId()).contains(thread);
    } else {
      assertThat(api.chats().topicsCreated()).isEmpty();
      thread = summary.messageId(); // the summary anchors the reply thread
    }
    assertThat(summary.text()).contains("register");

    api.incoming().groupText(staff, STRANGER, "/claim", OptionalInt.of(thread));
    api.chats().awaitMessage(STAFF, m -> m.fromBot() && m.text().startsWith("Sorry, only Council members"), WAIT);

    api.incoming().press(LEYLA, summary, "✋ Claim");
    api.chats().awaitMessage(ALI.id(), text("A Council member has taken your request"), WAIT);

    api.incoming().groupText(staff, LEYLA, "Hello Ali, I will help you.", OptionalInt.of(thread));
    api.chats().awaitMessage(ALI.id(), text("👤 Council member:\nHello Ali, I will help you."), WAIT);

    api.incoming().photo(ALI, "my registration paper");
    api.chats().awaitMessage(STAFF, m -> m.fromBot() && m.kind().equals("photo") && inThread(m, thread, forum), WAIT);

    api.incoming().groupText(staff, LEYLA, "// checked the paper, it is fine", OptionalInt.of(thread));
    api.incoming().groupText(staff, LEYLA, "/faq registration-deadline", OptionalInt.of(thread));
    api.chats().awaitMessage(ALI.id(), text("👤 A Council member sent you this answer"), WAIT);
    assertThat(api.chats().botMessages(ALI.id())).noneMatch(text("checked the paper"));

    api.incoming().groupText(staff, LEYLA, "/close resolved", OptionalInt.of(thread));
    ChatMessage rating = api.chats().awaitMessage(ALI.id(), m -> m.button("👍 Yes").isPresent(), WAIT);
    if (forum) {
      api.chats().awaitCalls("closeForumTopic", 1, WAIT);
    }
    api.incoming().press(ALI, rating, "👍 Yes");
    api.chats().awaitMessage(STAFF, text("The user says we helped"), WAIT);
    assertThat(caseRating(database)).contains(1);
  }

  private static boolean inThread(ChatMessage m, int thread, boolean forum) {
    return forum ? m.threadId().equals(Optional.of(thread))
        : m.json().path("reply_to_message").path("message_id").asInt() == thread || m.threadId().equals(Optional.of(thread));
  }

  private static Predicate<ChatMessage> text(String start) {
    return m -> m.fromBot() && m.text() != null && m.text().startsWith(start);
  }

  private static Optional<Integer> caseRating(Database database) {
    return database.read(c -> {
      try (PreparedStatement q = c.prepareStatement(
          "SELECT rating FROM inquiries WHERE source = 'case' AND rating IS NOT NULL");
          ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.<Integer>empty();
      }
    });
  }

  private Config config(FakeBotApi api) {
    return new Config(Optional.of(new Secret(api.token())), ApiEndpoint.parse(ConfigLoader.API_URL, api.baseUrl()),
        dataDir, Path.of("faq"), Optional.of(STAFF), Set.of(), new SendLimits(100_000, Duration.ZERO),
        new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(50)),
        new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400)), "INFO", Duration.ofSeconds(2), 2);
  }
}
