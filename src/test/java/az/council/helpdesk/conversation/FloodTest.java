package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** More than 20 messages a minute: one polite notice, and every message still answered in order. */
final class FloodTest {
  private final ChatHarness chat = new ChatHarness();

  private List<List<Action>> burst(Sender sender, int count, Language language) {
    List<List<Action>> replies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      replies.add(chat.text(sender, chat.triage.outOfScope("message " + i, language)));
      chat.clock.advance(Duration.ofSeconds(1));
    }
    return replies;
  }

  private boolean noticed(List<Action> actions, Language language) {
    return sends(actions).stream().anyMatch(s -> s.text().equals(msg(language, "chat.flood")));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theTwentyFirstMessageInAMinute_getsOneNotice_andAllAreAnswered(Language language) {
    List<List<Action>> replies = burst(user(1, language), 30, language);

    for (int i = 0; i < 30; i++) {
      assertThat(sends(replies.get(i))).as("message %d answered", i)
          .anyMatch(s -> s.text().equals(msg(language, "triage.outOfScope")));
      assertThat(noticed(replies.get(i), language)).as("notice on message %d", i).isEqualTo(i == 20);
    }
    assertThat(chat.log.inquiries).hasSize(30);
  }

  @Test
  void twentyMessagesAMinute_isNoFlood() {
    Sender sender = user(1, Language.EN);
    for (int i = 0; i < 60; i++) {
      List<Action> actions = chat.text(sender, "m" + i);
      assertThat(noticed(actions, Language.EN)).isFalse();
      chat.clock.advance(Duration.ofSeconds(3));
    }
  }

  @Test
  void aFloodThatGoesOn_isRemindedAtMostOnceAMinute() {
    List<List<Action>> replies = burst(user(1, Language.EN), 150, Language.EN);

    assertThat(replies.stream().filter(r -> noticed(r, Language.EN)).count()).isBetween(2L, 3L);
  }

  @Test
  void theLimitIsPerUser() {
    burst(user(1, Language.EN), 25, Language.EN);

    assertThat(noticed(chat.text(user(2, Language.EN), "hello"), Language.EN)).isFalse();
  }
}
