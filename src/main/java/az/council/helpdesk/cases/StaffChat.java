package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.util.List;
import java.util.Optional;

/** Builds the actions that post into the staff group (its chat id is configuration). */
final class StaffChat {
  private final long chatId;

  StaffChat(long chatId) {
    this.chatId = chatId;
  }

  long chatId() {
    return chatId;
  }

  /** A post of the bot in the case's thread; its id is linked to the case so replies to it route there. */
  StaffAction post(Case c, String text) {
    return post(c, text, Keyboard.NONE);
  }

  StaffAction post(Case c, String text, Keyboard keyboard) {
    return new StaffAction.PostToStaff(chatId, c.placement(), text, List.of(), keyboard,
        Optional.of(Receipt.notice(c.id())));
  }

  StaffAction post(Case c, MentionText text) {
    return new StaffAction.PostToStaff(chatId, c.placement(), text.text(), text.mentions(), Keyboard.NONE,
        Optional.of(Receipt.notice(c.id())));
  }

  /** The case summary, whose id anchors the case (and, in reply-thread mode, its thread). */
  StaffAction summary(long caseId, Placement where, MentionText text, Keyboard keyboard) {
    return new StaffAction.PostToStaff(chatId, where, text.text(), text.mentions(), keyboard,
        Optional.of(new Receipt(caseId, Receipt.Kind.SUMMARY, 0)));
  }

  /** An answer to a member's command or message, in the same place. */
  StaffAction answer(Placement where, int messageId, String text) {
    return new StaffAction.PostToStaff(chatId, where.replying(messageId), text, List.of(), Keyboard.NONE,
        Optional.empty());
  }

  StaffAction answer(Placement where, int messageId, String text, Keyboard keyboard) {
    return new StaffAction.PostToStaff(chatId, where.replying(messageId), text, List.of(), keyboard, Optional.empty());
  }

  StaffAction copyIn(Case c, int userMessageId) {
    return new StaffAction.CopyToStaff(c.chatId(), userMessageId, chatId, c.placement(),
        new Receipt(c.id(), Receipt.Kind.USER_MESSAGE, userMessageId));
  }

  StaffAction edit(int messageId, String text, Keyboard keyboard) {
    return new StaffAction.EditStaffPost(chatId, messageId, text, keyboard);
  }
}
