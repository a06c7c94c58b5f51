package az.council.helpdesk.fakeapi;

import java.util.Optional;

/**
 * What {@link Incoming} queued: the update id, and where the user's message landed ({@code messageId} 0 when the
 * update carries no new message); {@code callbackQueryId} for button presses.
 */
public record Enqueued(int updateId, long chatId, int messageId, Optional<String> callbackQueryId) {}
