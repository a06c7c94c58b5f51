package az.council.helpdesk.fakeapi;

import java.util.Optional;

/** A forum topic created by the bot; its {@code threadId} is the id of the "topic created" service message. */
public record FakeTopic(
    long chatId, int threadId, String name, int iconColor, Optional<String> iconCustomEmojiId, boolean closed) {

  FakeTopic renamed(Optional<String> newName, Optional<String> newEmoji) {
    return new FakeTopic(chatId, threadId, newName.orElse(name), iconColor, newEmoji.or(() -> iconCustomEmojiId), closed);
  }

  FakeTopic withClosed(boolean isClosed) {
    return new FakeTopic(chatId, threadId, name, iconColor, iconCustomEmojiId, isClosed);
  }
}
