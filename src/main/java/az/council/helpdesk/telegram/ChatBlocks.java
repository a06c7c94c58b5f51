package az.council.helpdesk.telegram;

import az.council.helpdesk.store.BlockedChats;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which chats blocked the bot, cached in memory over the {@code blocked_chat} table (checked on every update). */
final class ChatBlocks {
  private final BlockedChats store;
  private final Clock clock;
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();

  ChatBlocks(BlockedChats store, Clock clock) {
    this.store = store;
    this.clock = clock;
    blocked.addAll(store.all());
  }

  /** Returns whether the chat was not blocked before. */
  boolean block(long chatId, String reason) {
    boolean fresh = store.block(chatId, reason, clock.millis());
    blocked.add(chatId);
    return fresh;
  }

  /** Returns whether the chat was blocked. */
  boolean unblock(long chatId) {
    if (!blocked.remove(chatId)) {
      return false;
    }
    return store.unblock(chatId);
  }

  boolean isBlocked(long chatId) {
    return blocked.contains(chatId);
  }
}
