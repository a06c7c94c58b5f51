/**
 * The Telegram adapter: the only package that imports telegrambots. It long-polls the Bot API (or, in webhook
 * mode, receives Telegram's posts checked against the secret token, {@link az.council.helpdesk.telegram.WebhookServer}),
 * stores every update in SQLite before Telegram is told it arrived ({@link az.council.helpdesk.telegram.DurableUpdateConsumer}),
 * turns private-chat updates into conversation {@code Event}s and handles them per chat in order
 * ({@link az.council.helpdesk.telegram.UpdateProcessor}), queues the resulting {@code Action}s in an outbox in
 * the same transaction, and delivers them within Telegram's rate limits with retries
 * ({@link az.council.helpdesk.telegram.OutboxSender}). {@link az.council.helpdesk.telegram.TelegramBot} wires
 * and owns all of it, including every thread, and shuts it down cleanly. The library's verified quirks this
 * package works around are listed in {@code shared/reference/telegrambots-10-notes.md}.
 */
package az.council.helpdesk.telegram;
