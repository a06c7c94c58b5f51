package az.council.helpdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

/** The adapter may call the conversation from several threads at once. */
final class ConcurrencyTest {
  private final ChatHarness chat = new ChatHarness();

  @Test
  void manyUsersAtOnce_everyMessageAnswered_everyInquiryLogged() throws Exception {
    String question = chat.triage.answer("how to register", Language.EN, "reg-how");
    ThreadFactory named = Thread.ofPlatform().name("conversation-test-", 0).factory();
    List<Future<List<Action>>> replies = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8, named)) {
      for (int user = 1; user <= 40; user++) {
        Sender sender = ChatHarness.user(user, Language.EN);
        for (int i = 0; i < 10; i++) {
          replies.add(pool.submit(() -> chat.conversation.handle(
              new Event.Text(sender, chat.clock.instant(), 1, question))));
        }
      }
      for (Future<List<Action>> reply : replies) {
        assertThat(ChatHarness.sends(reply.get()).get(0).text()).isEqualTo(TestCatalog.answer("reg-how", Language.EN));
      }
    }
    assertThat(chat.log.inquiries).hasSize(400);
    assertThat(chat.profiles.rows).hasSize(40)
        .allSatisfy((id, profile) -> assertThat(profile.citizenshipAsked()).isTrue());
    long prompts = replies.stream().map(ConcurrencyTest::join)
        .filter(actions -> ChatHarness.sends(actions).size() == 2).count();
    assertThat(prompts).as("each user asked about citizenship exactly once").isEqualTo(40);
  }

  @Test
  void forget_doesNotResetTheFloodGuard() {
    Sender sender = ChatHarness.user(1, Language.EN);
    for (int i = 0; i < 19; i++) {
      chat.text(sender, "m" + i);
    }
    chat.press(sender, chat.command(sender, "forget"), "Yes, forget me"); // the 20th message and a press

    List<Action> next = chat.text(sender, "again");

    assertThat(ChatHarness.sends(next)).extracting(Action.Send::text)
        .contains(ChatHarness.msg(Language.EN, "chat.flood"));
  }

  private static List<Action> join(Future<List<Action>> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
