package az.council.helpdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.StaffGroupCheck.Rights;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StaffGroupCheckTest {
  private final CasesConfig forum = CasesConfig.fromEnvironment(Map.of("STAFF_CHAT_ID", "-100", "ADMIN_IDS", "1"));
  private final CasesConfig replies = forum.withMode(CasesConfig.StaffMode.REPLIES);

  @Test
  void aForumWhereTheBotManagesTopics_isReady() {
    assertThat(StaffGroupCheck.problems(forum, new Rights(true, true, true, true))).isEmpty();
  }

  @Test
  void eachMissingRight_isNamedWithWhatToDo() {
    assertThat(StaffGroupCheck.problems(forum, new Rights(true, true, true, false)))
        .containsExactly("Give the bot the admin right 'Manage topics': it creates and closes one topic per case.");
    assertThat(StaffGroupCheck.problems(forum, new Rights(true, false, false, false)))
        .hasSize(2).anySatisfy(p -> assertThat(p).startsWith("Make the bot an administrator"))
        .anySatisfy(p -> assertThat(p).contains("set STAFF_MODE=replies"));
    assertThat(StaffGroupCheck.problems(replies, new Rights(false, false, true, false)))
        .singleElement().satisfies(p -> assertThat(p).startsWith("STAFF_CHAT_ID -100 is not a supergroup"));
  }

  @Test
  void replyThreads_needNoTopics() {
    assertThat(StaffGroupCheck.problems(replies, new Rights(true, false, true, false))).isEmpty();
  }
}
