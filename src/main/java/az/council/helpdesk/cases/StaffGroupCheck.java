package az.council.helpdesk.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot needs in the staff group, checked at start-up: the adapter fills {@link Rights} from {@code
 * getChat(STAFF_CHAT_ID)} and {@code getChatMember(STAFF_CHAT_ID, bot id)} and refuses to start (or falls back
 * to reply threads) with these sentences.
 */
public final class StaffGroupCheck {
  private StaffGroupCheck() {}

  /**
   * @param supergroup {@code type == "supergroup"}
   * @param forum {@code is_forum}
   * @param botIsAdmin the bot's status is {@code administrator}
   * @param canManageTopics the bot's {@code can_manage_topics}
   */
  public record Rights(boolean supergroup, boolean forum, boolean botIsAdmin, boolean canManageTopics) {}

  /** Every missing right as a sentence saying what to change; empty when the group is ready. */
  public static List<String> problems(CasesConfig config, Rights rights) {
    List<String> problems = new ArrayList<>();
    if (!rights.supergroup()) {
      problems.add("STAFF_CHAT_ID " + config.staffChatId() + " is not a supergroup: case threads need one"
          + " (Telegram turns a group into a supergroup when you enable Topics or make it public).");
    }
    if (!rights.botIsAdmin()) {
      problems.add("Make the bot an administrator of the staff group: it must read the members' messages in case"
          + " threads, which Telegram shows a bot only when it is an admin.");
    }
    if (config.mode() == CasesConfig.StaffMode.FORUM) {
      if (!rights.forum()) {
        problems.add("The staff group has no topics: turn on Topics in the group's settings, or set"
            + " STAFF_MODE=replies to work with reply threads.");
      } else if (rights.botIsAdmin() && !rights.canManageTopics()) {
        problems.add("Give the bot the admin right 'Manage topics': it creates and closes one topic per case.");
      }
    }
    return problems;
  }
}
