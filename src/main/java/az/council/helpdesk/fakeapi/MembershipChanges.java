package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;

/** The bot's own membership changing ({@code my_chat_member}): blocked and unblocked, added to and removed from groups. */
final class MembershipChanges {
  private final State state;
  private final UpdateQueue updates;
  private final Clock clock;

  MembershipChanges(State state, UpdateQueue updates, Clock clock) {
    this.state = state;
    this.updates = updates;
    this.clock = clock;
  }

  /** In a private chat the user's block is the bot's "kicked" status. */
  Enqueued privateChat(FakeUser user, MemberStatus from, MemberStatus to, boolean blocked) {
    return state.write(w -> {
      ChatState chat = w.privateChat(user);
      chat.setBlockedByUser(blocked);
      return enqueue(chat, user, ChatMemberJson.of(w.bot(), from, false), ChatMemberJson.of(w.bot(), to, false));
    });
  }

  Enqueued group(FakeChat group, FakeUser by, MemberStatus to) {
    return state.write(w -> {
      ChatState chat = w.group(group);
      w.privateChat(by);
      chat.noteMember(by.id());
      MemberStatus before = chat.botStatus() == to ? MemberStatus.LEFT : chat.botStatus();
      chat.setBotStatus(to);
      boolean topics = group.bot().canManageTopics();
      return enqueue(chat, by, ChatMemberJson.of(w.bot(), before, topics), ChatMemberJson.of(w.bot(), to, topics));
    });
  }

  private Enqueued enqueue(ChatState chat, FakeUser actor, ObjectNode before, ObjectNode after) {
    ObjectNode change = ChatMemberJson.updated(chat, actor, clock.instant().getEpochSecond(), before, after);
    int updateId = updates.add("my_chat_member", id -> Updates.wrap(id, "my_chat_member", change));
    return new Enqueued(updateId, chat.id(), 0, Optional.empty());
  }
}
