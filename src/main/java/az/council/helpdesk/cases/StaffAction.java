package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.util.List;
import java.util.Optional;

/**
 * What the desk asks the Telegram adapter to do, in order. Text is plain (no parse mode). Each record names the
 * Bot API method it maps to.
 */
public sealed interface StaffAction {

  /**
   * {@code createForumTopic(chatId, name, icon_color)}; then call {@link CaseDesk#topicCreated} with the new
   * {@code message_thread_id}, or {@link CaseDesk#topicFailed} (the case falls back to a reply thread).
   */
  record CreateTopic(long caseId, long chatId, String name, int iconColor) implements StaffAction {
    /** Telegram accepts only its six preset colours; blue for ordinary cases, red for urgent ones. */
    public static final int BLUE = 0x6FB9F0;
    public static final int RED = 0xFB6F5F;
  }

  /** {@code editForumTopic(chatId, threadId, name)}, after a member corrected the topic. */
  record RenameTopic(long chatId, int threadId, String name) implements StaffAction {}

  /** {@code closeForumTopic(chatId, threadId)}. */
  record CloseTopic(long chatId, int threadId) implements StaffAction {}

  /**
   * {@code sendMessage} in the staff chat: {@code message_thread_id} and {@code reply_parameters} from {@code
   * where} (set {@code allow_sending_without_reply}), {@code text_mention} entities from {@code mentions}.
   */
  record PostToStaff(long chatId, Placement where, String text, List<Mention> mentions, Keyboard keyboard,
      Optional<Receipt> receipt) implements StaffAction {
    public PostToStaff {
      mentions = List.copyOf(mentions);
    }
  }

  /** {@code editMessageText} of the bot's own post in the staff chat (the summary after a claim or close). */
  record EditStaffPost(long chatId, int messageId, String text, Keyboard keyboard) implements StaffAction {}

  /** {@code copyMessage} of a user's message (any kind, caption kept) into the case thread. */
  record CopyToStaff(long fromChatId, int messageId, long chatId, Placement where, Receipt receipt)
      implements StaffAction {}

  /** {@code sendMessage} to the user's private chat. */
  record SendToUser(long chatId, String text, Keyboard keyboard, Optional<Receipt> receipt)
      implements StaffAction {}

  /**
   * {@code copyMessage} of a member's media from the staff chat to the user, never downloading it; {@code caption}
   * when present replaces the original caption (it names the sender as a Council member).
   */
  record CopyToUser(long fromChatId, int messageId, long chatId, Optional<String> caption, Receipt receipt)
      implements StaffAction {}

  /** {@code editMessageText} of a message the bot sent the user (a relayed text edited by the member, a rating). */
  record EditUserText(long chatId, int messageId, String text, Keyboard keyboard) implements StaffAction {}

  /** {@code editMessageCaption} of media the bot copied to the user. */
  record EditUserCaption(long chatId, int messageId, String caption) implements StaffAction {}

  /** {@code answerCallbackQuery}, with a short toast when {@code notice} is present. */
  record AnswerPress(String callbackId, Optional<String> notice) implements StaffAction {}

  /**
   * {@code sendMessage} to a member's private chat. Fails with 403 when the member never started the bot; the
   * same news is always posted in the case thread too, so the adapter may drop that failure.
   */
  record NotifyMember(long memberId, String text) implements StaffAction {}
}
