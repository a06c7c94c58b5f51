package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bot API {@code ChatMember} objects; each status has its own required fields. */
final class ChatMemberJson {
  private ChatMemberJson() {}

  static ObjectNode of(FakeUser user, MemberStatus status, boolean canManageTopics) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("status", status.json());
    m.set("user", user.toJson());
    switch (status) {
      case CREATOR -> m.put("is_anonymous", false);
      case ADMINISTRATOR -> m.put("can_be_edited", false)
          .put("is_anonymous", false)
          .put("can_manage_chat", true)
          .put("can_delete_messages", true)
          .put("can_manage_video_chats", true)
          .put("can_restrict_members", true)
          .put("can_promote_members", false)
          .put("can_change_info", true)
          .put("can_invite_users", true)
          .put("can_post_stories", false)
          .put("can_edit_stories", false)
          .put("can_delete_stories", false)
          .put("can_pin_messages", true)
          .put("can_manage_topics", canManageTopics);
      case RESTRICTED -> m.put("is_member", true)
          .put("can_send_messages", false)
          .put("until_date", 0);
      case KICKED -> m.put("until_date", 0);
      case MEMBER, LEFT -> { }
    }
    return m;
  }

  /** A {@code my_chat_member}/{@code chat_member} payload ({@code ChatMemberUpdated}). */
  static ObjectNode updated(ChatState chat, FakeUser actor, long date, ObjectNode oldMember, ObjectNode newMember) {
    ObjectNode u = JsonNodeFactory.instance.objectNode();
    u.set("chat", chat.json());
    u.set("from", actor.toJson());
    u.put("date", date);
    u.set("old_chat_member", oldMember);
    u.set("new_chat_member", newMember);
    return u;
  }
}
